// `run --no-local-workers` hands the run to workers elsewhere through Redis. With no Redis
// it must fail and say why, not quietly run every stage in this process (seen: exit 0).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'telisik-remote-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('run --no-local-workers without Redis', () => {
  it('fails with a message naming Redis and the option, and runs nothing here', () => {
    const db = join(dir, 'warehouse.duckdb');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'run',
        '--no-local-workers',
        '--members',
        '200',
        '--db',
        db,
        '--out',
        join(dir, 'out'),
        '--stages',
        'generate,ingest',
      ],
      {
        // A port nothing listens on: the closed-port answer is immediate.
        env: { ...process.env, TELISIK_REDIS_URL: 'redis://127.0.0.1:1', TELISIK_LOG_FORMAT: 'json' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/--no-local-workers needs Redis/);
    expect(result.stderr + result.stdout).toContain('redis://127.0.0.1:1');
    expect(existsSync(db)).toBe(false);
  });
});
