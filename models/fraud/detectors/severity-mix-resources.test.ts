// UPCODING severity_mix_above_peers (issue 11, red team round 8): a provider's severity-III mix
// above its case-mix peers names only the stays whose resources do not show their level, as the
// group, coder and across-groups signals do. A unit whose severe stays carry the bill of their
// level (dialysis, blood, therapy days) treats sicker patients; the stays billed like severity I
// are the coding. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const MAKASSAR = '7371R001';

const book = patients('sm');
const { claims, members } = book;
const stay = (over: Row, days: number, each: number): string => evenBillStay(book, over, days, each);

// Pneumonia (J-4-16): the other class B hospitals code 3 of 40 stays severity III, billed twice a
// severity-I stay. Jakarta 1 codes 12 of 24 severity III: six billed like the peers' severity III
// (its sicker patients), six billed like a severity-I stay (coded up).
const pneumonia = (severity: 'I' | 'III'): Row => ({
  kode_inacbg: `J-4-16-${severity}`,
  diagnosa: severity === 'I' ? 'J18.9' : 'J18.9#J96.0',
  procedure: '87.44',
});
for (let i = 0; i < 40; i++) {
  const severe = i % 13 === 0;
  stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...pneumonia(severe ? 'III' : 'I') }, severe ? 8 : 5, severe ? 200_000 : 100_000);
}
const billedAtLevel = Array.from({ length: 6 }, () => stay({ facility_id: JAKARTA1, ...pneumonia('III') }, 8, 220_000));
const billedAsLevelOne = Array.from({ length: 6 }, () => stay({ facility_id: JAKARTA1, ...pneumonia('III') }, 5, 100_000));
for (let i = 0; i < 12; i++) stay({ facility_id: JAKARTA1, ...pneumonia('I') }, 5, 100_000);

const run = runDetectorsOnce({ facilities: Object.values(FACILITIES), members, claims });

describe("UPCODING: a provider's severity-III mix above its case-mix peers", () => {
  it('names its severity-III stays billed like severity I', () => {
    for (const sep of billedAsLevelOne) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('severity_mix_above_peers');
    expect(run().hitsOf(billedAsLevelOne[0] as string, 'severity_mix_above_peers')[0]?.evidence_en).toMatch(
      /^Provider 3171R001 coded 12 severity-III stays where case-mix-matched peers of class B would code \d+\.\d/,
    );
  });

  it('leaves the severity-III stays whose bill shows their level', () => {
    for (const sep of billedAtLevel) expect(run().signalsOf(sep, 'UPCODING'), sep).not.toContain('severity_mix_above_peers');
  });
});
