// UPCODING severity signals leave a stay whose severity-raising secondary diagnosis carries its own
// treatment (treated-complication.ts): a dialysis unit's overloaded patients, anaemic and
// transfused, dialysed on the ward, billed under the median of severity III elsewhere, are sicker
// patients (red team RT-NM-DIALYSIS-81). The same anaemia coded with no transfusion, or a sepsis
// with only its antibiotic injection, is named with the provider's severity-III mix. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { COMPLICATION_REQUIREMENTS, EVIDENCE_CHANNELS } from '../../../data-samples/reference/diagnosis-evidence.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';
import { TREATED_CATEGORY_PAIRS } from './treated-complication.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const MAKASSAR = '7371R001';

const book = patients('tc');
const { claims, members } = book;

// Kidney failure (N-4-10): the other class B hospitals code 3 of 40 stays severity III, billed twice
// a severity-I stay. Jakarta 1 codes 18 of 30 severity III, all billed like a severity-I stay.
const kidney = (severity: 'I' | 'III', diagnosa: string, procedure: string): Row => ({
  kode_inacbg: `N-4-10-${severity}`,
  diagnosa,
  procedure,
});
for (let i = 0; i < 40; i++) {
  const severe = i % 13 === 0;
  evenBillStay(
    book,
    { facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...kidney(severe ? 'III' : 'I', severe ? 'N18.5#D64.9' : 'N18.5', '39.95') },
    severe ? 8 : 5,
    severe ? 200_000 : 100_000,
  );
}
// anaemia on end-stage kidney disease, dialysed and transfused: the level is on the claim
const transfused = Array.from({ length: 6 }, () =>
  evenBillStay(book, { facility_id: JAKARTA1, ...kidney('III', 'N18.5#D64.9', '39.95#99.04') }, 8, 100_000),
);
// the same anaemia with no transfusion, and a sepsis with only its antibiotic injection: coded up
const untreated = [
  ...Array.from({ length: 6 }, () => evenBillStay(book, { facility_id: JAKARTA1, ...kidney('III', 'N18.5#D64.9', '39.95') }, 5, 100_000)),
  ...Array.from({ length: 6 }, () =>
    evenBillStay(book, { facility_id: JAKARTA1, ...kidney('III', 'N18.5#A41.9', '39.95#99.21') }, 5, 100_000),
  ),
];
for (let i = 0; i < 12; i++) evenBillStay(book, { facility_id: JAKARTA1, ...kidney('I', 'N18.5', '39.95') }, 5, 100_000);

const run = runDetectorsOnce({ facilities: Object.values(FACILITIES), members, claims });

describe('UPCODING: a severity-raising complication carrying its own treatment', () => {
  it('pairs each complication with the acts its INA-CBG medical group is defined by, never a cheap act', () => {
    expect(TREATED_CATEGORY_PAIRS).toEqual(expect.arrayContaining(['D64|99.04', 'N18|39.95', 'J96|96.72']));
    expect(TREATED_CATEGORY_PAIRS.filter((p) => /\|(99\.21|99\.18|87\.44|93\.96)$/.test(p))).toEqual([]);
  });

  it('agrees with COMPLICATION_REQUIREMENTS where both name a diagnosis: the treating act is one of its evidence channels', () => {
    const overlaps = TREATED_CATEGORY_PAIRS.flatMap((pair) => {
      const [category = '', act = ''] = pair.split('|');
      const codes = [category, ...Array.from({ length: 10 }, (_, i) => `${category}.${i}`)];
      return COMPLICATION_REQUIREMENTS.filter((r) => codes.some((c) => new RegExp(r.diagnoses).test(c))).map((r) => ({ pair, act, r }));
    });
    // respiratory failure and acute kidney injury are in both tables: the check has something to check
    expect(overlaps.map((o) => o.pair)).toEqual(expect.arrayContaining(['J96|96.72', 'N17|39.95']));
    for (const { pair, act, r } of overlaps)
      expect(
        r.anyOf.some((k) => new RegExp(EVIDENCE_CHANNELS[k].procedures).test(act)),
        `${pair} ${r.id}`,
      ).toBe(true);
  });

  it('names the stays whose complication has no treatment on the claim', () => {
    for (const sep of untreated) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('severity_mix_above_peers');
  });

  it('leaves the dialysed, transfused stays billed below their level', () => {
    for (const sep of transfused) {
      const signals = run().signalsOf(sep, 'UPCODING');
      for (const s of [
        'severity_mix_above_peers',
        'group_severity_above_peers',
        'coder_severity_above_colleagues',
        'severity_above_peers_across_groups',
      ])
        expect(signals, sep).not.toContain(s);
    }
  });
});
