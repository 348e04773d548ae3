// Same seed, same bytes: two runs with one seed write identical files; another seed does not.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { TABLES } from '../schema/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_OPTIONS } from './sample.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

const opened: GeneratedExtract[] = [];
afterAll(async () => {
  await Promise.all(opened.map((x) => x.close()));
});

async function hashes(x: GeneratedExtract): Promise<Record<string, string>> {
  const files = [...Object.values(x.result.tables), ...Object.values(x.result.truth)].map((f) => f.path);
  const out: Record<string, string> = {};
  for (const path of files)
    out[path.slice(x.dir.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  return out;
}

// CSV determinism is covered by the committed-sample check below (a CSV regeneration).
describe.each(['parquet'] as const)('determinism (%s)', (format) => {
  it('same seed => byte-identical files; another seed => different data', async () => {
    const options = { members: 1500, months: 24, seed: 3, format, defectRate: 0.01 };
    const a = await generateExtract(options);
    opened.push(a);
    const b = await generateExtract(options);
    opened.push(b);
    const c = await generateExtract({ ...options, seed: 4 });
    opened.push(c);
    const [ha, hb, hc] = await Promise.all([hashes(a), hashes(b), hashes(c)]);
    // every source table and the five truth tables
    expect(Object.keys(ha)).toHaveLength(TABLES.length + 5);
    expect(hb).toEqual(ha);
    expect(hc['/claims.' + format]).not.toEqual(ha['/claims.' + format]);
  });
});

describe('committed sample', () => {
  it('is what the generator writes today (regenerate with npx tsx data-samples/generator/write-sample.ts)', async () => {
    const x = await generateExtract(SAMPLE_OPTIONS);
    opened.push(x);
    const fresh = await hashes(x);
    for (const [rel, hash] of Object.entries(fresh)) {
      const committed = createHash('sha256')
        .update(await readFile(new URL(`../sample${rel}`, import.meta.url)))
        .digest('hex');
      expect(committed, rel).toBe(hash);
    }
  });
});
