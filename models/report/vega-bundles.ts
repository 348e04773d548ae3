// vega and vega-lite for the report's charts, from the single-file builds each package
// ships (build/vega.js, build/vega-lite.min.js: the same release, rolled into one file).
// Their ES module entries import about 40 packages file by file (vega-lite imports the
// whole of vega); Node's loader resolved, parsed and linked those for ~0.25 s of CPU at
// every `telisik train`, a tenth of a whole poisson run, against ~0.05 s for the two files.
// The packages are "type": "module", so require() would run the files as ES modules (where
// a UMD file sees no `exports` and writes a global instead): each file is run here the way
// require() runs a CommonJS file, in a function given `exports`, `module` and `require`.
// Types come from the packages' own declarations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';

const resolve = createRequire(import.meta.url).resolve;

type CommonJsBody = (exports: object, module: { exports: object }, require: (name: string) => unknown) => void;

/** Runs a UMD file as CommonJS; `deps` answers its require() calls. */
function loadUmd(file: string, deps: Readonly<Record<string, unknown>>): unknown {
  const body = runInThisContext(`(function (exports, module, require) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
  }) as CommonJsBody;
  const module = { exports: {} };
  body(module.exports, module, (name) => {
    if (!Object.hasOwn(deps, name)) throw new Error(`${file} requires ${name}, which is not provided`);
    return deps[name];
  });
  return module.exports;
}

/** The package's single-file build, beside the file its entry point resolves to. */
const bundleOf = (pkg: string, file: string): string => join(dirname(resolve(pkg)), file);

export const vega = loadUmd(bundleOf('vega', 'vega.js'), {}) as typeof Vega;
export const vegaLite = loadUmd(bundleOf('vega-lite', 'vega-lite.min.js'), { vega }) as typeof VegaLite;
