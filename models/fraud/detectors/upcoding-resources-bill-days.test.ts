// stays_cost_as_level_below_at_provider (upcoding-resources.ts) names, at a provider whose stays above
// severity I are partly the level below's, a stay whose bill alone sits nearer the level below even when
// it lasted a day longer than its level's median stay: the bill carries the days (room, nursing, drugs
// by the day). A stay of the same length billed at its level stays unnamed. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const SIGNAL = 'stays_cost_as_level_below_at_provider';
const id = (k: string): string => String(FACILITIES[k]?.['facility_id']);
const CODER = id('jakarta1');
const PEER = id('makassar');

describe('UPCODING: a stay billed as the level below though kept longer than its level, over the provider', () => {
  const book = patients('lrd');
  const typhoid = (facility: string, level: 'I' | 'II', diagnosa: string, days: number, each: number): string =>
    evenBillStay(book, { facility_id: facility, kode_inacbg: `A-4-11-${level}`, diagnosa, procedure: '99.18' }, days, each);
  // the norm elsewhere: four days at severity I, five days at 1.45 times the bill at severity II
  for (let i = 0; i < 24; i++) {
    typhoid(PEER, 'I', 'A01.0', 4, 100_000 + 1_000 * (i % 5));
    typhoid(PEER, 'II', 'A01.0#E86', 5, 145_000 + 1_000 * (i % 5));
  }
  // the coding hospital: severity-I stays, and the same stays coded II with dehydration, billed as severity I
  for (let i = 0; i < 8; i++) typhoid(CODER, 'I', 'A01.0', 4, 90_000 + 1_000 * i);
  for (let i = 0; i < 12; i++) typhoid(CODER, 'II', 'A01.0#E86', 3 + (i % 2), 88_000 + 1_500 * i);
  // there: a stay coded II kept six days on a severity-I bill, and one kept six days on its level's bill
  const longerAsBelow = typhoid(CODER, 'II', 'A01.0#E86', 6, 92_000);
  const longerAtLevel = typhoid(CODER, 'II', 'A01.0#E86', 6, 136_000);

  const run = runDetectorsOnce({ members: book.members, claims: book.claims });

  it("names the longer stay whose bill is the level below's", () => {
    expect(run().hitsOf(longerAsBelow, SIGNAL)[0]?.evidence_en).toContain('nearer the median of A-4-11-I');
  });

  it("leaves the longer stay billed at its level's norm", () => {
    expect(run().hitsOf(longerAtLevel, SIGNAL)).toHaveLength(0);
  });
});
