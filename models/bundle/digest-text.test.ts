// The fingerprint copies ASCII levels byte by byte and writes other text through
// Buffer.write: a column with a level per row (ids) mixing both must hash the same
// byte stream as one update per value.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import { fingerprintTable } from './digest.js';

function oneValueAtATime(levels: readonly (string | null)[]): string {
  const hash = createHash('sha256');
  hash.update('id\u0000categorical\u0000');
  for (const l of levels) hash.update(l === null ? '\u0001' : `${l}\u0000`);
  return hash.digest('hex');
}

describe('fingerprint of id-like text', () => {
  it('hashes ASCII and non-ASCII ids as their UTF-8 bytes', () => {
    // 200,000 distinct ids: several 1 MB buffers; every 5th has a non-ASCII unit mid-string
    const ids = Array.from({ length: 200_000 }, (_, i) => (i % 5 === 0 ? `PK-${i}-Bandung-é-${i}` : i % 11 === 0 ? null : `PK-${i}`));
    const table = makeTable({ id: encodeCategorical(ids) });
    expect(fingerprintTable(table).sha256).toBe(oneValueAtATime(ids));
  });
  it('hashes a level of surrogate pairs and a level of only ASCII alike', () => {
    const ids = ['😀-kartu', 'A1', '', 'Ω', 'B2'];
    expect(fingerprintTable(makeTable({ id: encodeCategorical(ids) })).sha256).toBe(oneValueAtATime(ids));
  });
});
