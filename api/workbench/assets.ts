// The workbench's static files, served from memory: its own stylesheet and scripts (beside
// this folder's source, found from the package root so the built server finds them too) and
// cytoscape's browser build from node_modules. Each is served under a content-hashed name
// with a year's immutable caching and a precompressed body (brotli or gzip), so a slow link
// pays for cytoscape once; @fastify/static cannot precompress files it does not own.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Asset {
  readonly name: string;
  /** URL path under /workbench/assets/, with the content hash. */
  readonly url: string;
  readonly type: string;
  readonly body: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
  readonly etag: string;
}

const TYPES: Readonly<Record<string, string>> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The folder holding package.json above `from`: the repository root in source and in dist/. */
function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

function asset(name: string, path: string): Asset {
  const body = readFileSync(path);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  return {
    name,
    url: `/workbench/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`,
    type: TYPES[name.slice(dot)] ?? 'application/octet-stream',
    body,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    gzip: gzipSync(body, { level: 9 }),
    etag: `"${hash}"`,
  };
}

export type AssetName = 'workbench.css' | 'network.js' | 'workbench.js' | 'cytoscape.js';

/** Reads and compresses every asset once (at start-up). */
export function loadAssets(): ReadonlyMap<AssetName, Asset> {
  const here = dirname(fileURLToPath(import.meta.url));
  const own = join(packageRoot(here), 'api', 'workbench', 'assets');
  const cytoscape = join(dirname(createRequire(import.meta.url).resolve('cytoscape')), 'cytoscape.min.js');
  const list: Array<[AssetName, string]> = [
    ['workbench.css', join(own, 'workbench.css')],
    ['workbench.js', join(own, 'workbench.js')],
    ['network.js', join(own, 'network.js')],
    ['cytoscape.js', cytoscape],
  ];
  return new Map(list.map(([name, path]) => [name, asset(name, path)]));
}
