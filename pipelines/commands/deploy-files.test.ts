// What an operator relies on in the container files and the Node pin, checked without a
// Docker engine (none runs on these machines): the image is multi-stage, runs as a non-root
// user with the chart fonts; compose keeps Redis from evicting queued jobs and on disk, gives
// PostgreSQL a volume, health-checks every service, and refuses to start without the keys;
// .nvmrc, engines and CI agree on Node 22.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (name: string): string => readFileSync(`${root}${name}`, 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const from = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);

  it('builds in one stage and runs from a slimmer one, on Node 22 with glibc (DuckDB)', () => {
    expect(from).toEqual(['node:22-bookworm-slim', 'node:22-bookworm-slim']);
    expect(dockerfile).toMatch(/^FROM \S+ AS build$/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist/);
  });

  it('runs as a non-root user, with the fonts the PNG charts use', () => {
    const users = [...dockerfile.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users).toEqual(['node']);
    expect(dockerfile.indexOf('USER node')).toBeGreaterThan(dockerfile.lastIndexOf('FROM '));
    expect(dockerfile).toMatch(/fonts-dejavu-core/);
    expect(read('models/report/render.ts')).toContain('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const { redis, postgres, api, worker } = compose.services;

  it('has Redis with noeviction and an append-only file on a volume', () => {
    expect(redis?.command?.join(' ')).toMatch(/--maxmemory-policy noeviction/);
    expect(redis?.command?.join(' ')).toMatch(/--appendonly yes/);
    expect(redis?.volumes).toEqual(['redis-data:/data']);
  });

  it('has PostgreSQL on a volume, and the API and worker on it and on Redis', () => {
    expect(postgres?.volumes).toEqual(['postgres-data:/var/lib/postgresql/data']);
    for (const service of [api, worker]) {
      expect(service?.environment?.TELISIK_STORE).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(service?.environment?.TELISIK_REDIS_URL).toBe('redis://redis:6379');
      expect(service?.depends_on).toMatchObject({ redis: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
      expect(service?.volumes).toEqual(['telisik-var:/app/var']);
    }
    expect(api?.command?.slice(0, 3)).toEqual(['serve', '--host', '0.0.0.0']);
    expect(worker?.command?.[0]).toBe('worker');
    expect(Object.keys(compose.volumes).sort()).toEqual(['postgres-data', 'redis-data', 'telisik-var']);
  });

  it('health-checks every service, and will not start without the real keys', () => {
    for (const [name, service] of Object.entries(compose.services)) expect(service.healthcheck?.test.length, name).toBeGreaterThan(1);
    expect(api?.healthcheck?.test.join(' ')).toContain('/ready');
    expect(api?.environment?.TELISIK_PSEUDONYM_KEY).toMatch(/^\$\{TELISIK_PSEUDONYM_KEY:\?/);
    expect(api?.environment?.TELISIK_BUNDLE_KEY).toMatch(/^\$\{TELISIK_BUNDLE_KEY:\?/);
  });
});

describe('Node 22', () => {
  it('is the version of .nvmrc, engines, @types/node and CI', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
    const major = read('.nvmrc').trim();
    expect(major).toBe('22');
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.devDependencies['@types/node']).toMatch(/^\^22\./);
    expect(read('.ci/run')).toContain('. .ci/use-node.sh');
    expect(read('Dockerfile')).toContain(`node:${major}-`);
  });
});
