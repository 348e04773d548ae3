// PROLONGED_LOS stays_past_norm_at_provider read against the provider's own coding (red team
// RT-NM-CODER-81): a coder who leaves at severity I the patients its colleague codes higher fills
// the severity-I codes' past-norm counts with the longer stays of sicker patients. Two hand-built
// runs with the same stays, days and counts past the norm: in one, a coder codes the longer stays
// at severity I where its colleague codes the same share at severity II (under-coding: no hit); in
// the other, both coders code alike and the longer stays are severity-I patients kept a day past
// the norm (a stretch: hit).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const PEERS = ['3171R002', '7371R001'] as const;

/** Four everyday groups with their severity-I norm (INA-CBG LOS norm; severity II is 1.35 times it). */
const GROUPS: ReadonlyArray<readonly [string, Row, number]> = [
  ['K-4-17', { diagnosa: 'A09' }, 3],
  ['N-4-11', { diagnosa: 'N39.0', procedure: '57.94' }, 3],
  ['E-4-10', { diagnosa: 'E11.9', procedure: '99.18' }, 5],
  ['A-4-12', { diagnosa: 'A15.0', procedure: '87.44' }, 5],
];
type Severity = 'I' | 'II';
/** Bill per component of a severity-I stay and of a severity-II stay (half again, as at the peers). */
const BILL = { I: 100_000, II: 150_000 } as const;

/**
 * A hospital of four groups. The other class B hospitals code half of each group's stays at severity
 * II; their severity-I stays last the norm a day either way (a third past it), their severity-II
 * stays a day past the severity-I norm and within their own. At Jakarta 1 two coders each have six
 * ordinary severity-I stays per group (two past the norm) and six longer stays (a day past the
 * severity-I norm): `coding` says at which severity each coder bills its longer stays.
 */
function hospital(prefix: string, coding: { readonly first: readonly Severity[]; readonly second: readonly Severity[] }) {
  const book = patients(prefix);
  const stay = (over: Row, days: number, severity: Severity): string => evenBillStay(book, over, days, BILL[severity]);
  const longer: string[] = [];
  for (const [group, codes, norm] of GROUPS) {
    for (let i = 0; i < 12; i++) {
      stay({ facility_id: PEERS[i % 2] as string, ...codes, kode_inacbg: `${group}-I` }, norm + (i % 3) - 1, 'I');
      stay({ facility_id: PEERS[i % 2] as string, ...codes, kode_inacbg: `${group}-II` }, norm + 1, 'II');
    }
    for (const [coder, severities] of [
      ['K3171R00101', coding.first],
      ['K3171R00102', coding.second],
    ] as const) {
      for (let i = 0; i < 6; i++)
        stay({ facility_id: JAKARTA1, coder_id: coder, ...codes, kode_inacbg: `${group}-I` }, norm + (i % 3) - 1, 'I');
      for (const severity of severities)
        longer.push(stay({ facility_id: JAKARTA1, coder_id: coder, ...codes, kode_inacbg: `${group}-${severity}` }, norm + 1, severity));
    }
  }
  const run = runDetectorsOnce({ facilities: Object.values(FACILITIES), members: book.members, claims: book.claims });
  return { run, longer, claims: book.claims };
}

const I6: readonly Severity[] = ['I', 'I', 'I', 'I', 'I', 'I'];
const II6: readonly Severity[] = ['II', 'II', 'II', 'II', 'II', 'II'];
const HALF: readonly Severity[] = ['I', 'I', 'I', 'II', 'II', 'II'];
// under-coding: the first coder bills its six longer stays per group at severity I, the second its six at severity II
const underCoded = hospital('uc', { first: I6, second: II6 });
// a stretch: both coders bill three longer stays per group at severity II (as the first codes, so does the second)
// and keep three severity-I patients a day past the norm
const stretched = hospital('st', { first: HALF, second: HALF });

const severityOne = (h: typeof underCoded): string[] =>
  h.longer.filter((sep) => String(h.claims.find((c) => c['nomor_sep'] === sep)?.['kode_inacbg']).endsWith('-I'));

describe("PROLONGED_LOS: stays past the norm read against the provider's own coding", () => {
  it('names severity-I stays kept a day past the norm at a hospital whose coders code alike', () => {
    const named = severityOne(stretched);
    expect(named).toHaveLength(24);
    for (const sep of named) expect(stretched.run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('stays_past_norm_at_provider');
    expect(stretched.run().hitsOf(named[0] as string, 'stays_past_norm_at_provider')[0]?.evidence_en).toMatch(
      /^Stay of \d days past the INA-CBG norm of \d\.0 days for [A-Z]-4-\d\d-I; provider 3171R001 kept 40 stays past their norm where other facilities' rates for the same codes and diagnoses give 2\d\.\d$/,
    );
  });

  it('leaves the same days at a hospital where one coder bills at severity I the patients its colleague codes at II', () => {
    const named = severityOne(underCoded);
    expect(named).toHaveLength(24);
    for (const sep of [...named, ...underCoded.longer]) expect(underCoded.run().signalsOf(sep, 'PROLONGED_LOS'), sep).toEqual([]);
  });
});
