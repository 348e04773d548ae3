// A provider's severity excess names the stays billed like the level below (group, coder, all-groups
// and severity-III mix signals), but not a stay raised only by comorbidities the card's primary-care
// record shows (claim-content.ts, as stays_cost_as_level_below_at_provider): coders who start coding
// the diabetes the resumes always named raise the hospital's severity mix with stays that cost a
// little more than severity I (red team RT-NM-CODER-91). Hand-built rows: class C public hospitals
// of one tariff key (East Java regencies 35xx).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const PEERS = ['3501R001', '3502R001', '3503R001', '3504R001', '3505R001'];
const CODER = '3506R001';
const DOCUMENTING = '3507R001';
const facilities: Row[] = [...PEERS, CODER, DOCUMENTING].map((id, i) =>
  hospital(id, { hospital_class: 'C', latitude: -7.5 - i * 0.3, longitude: 111 + i * 0.4 }),
);

const book = peerStays('de', 17);
const prbClaims: Row[] = [];
/** A typhoid stay billed about `bill` rupiah; at severity II with diabetes, on PRB fills for the half year before when `recorded`. */
const typhoid = (facility: string, level: 'I' | 'II', days: number, bill: number, recorded = false): string => {
  const sep = book.stayAt(facility, days, {
    kode_inacbg: `A-4-11-${level}`,
    diagnosa: level === 'II' ? 'A01.0#E11.9' : 'A01.0',
    coder_id: `K${facility}01`,
    ...billOf({ tarif_kamar: bill / 2 + 1_000 * (book.cards % 17), tarif_obat: bill / 2 }),
  });
  const claim = book.claims[book.claims.length - 1] as Row;
  if (recorded)
    for (let m = 1; m <= 6; m++)
      prbClaims.push({
        prb_claim_id: `PRB-${String(claim['card_key'])}-${m}`,
        card_key: String(claim['card_key']),
        fktp_id: '3501P001',
        apotek_id: '3501A001',
        tgl_resep: addDays(String(claim['tgl_masuk']), -30 * m),
        diagnosa: 'E11.9',
        hari_obat: 30,
        biaya_obat: 120_000,
      });
  return sep;
};
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

// five hospitals code a fifth of their typhoid stays at severity II: I Rp2.0M over 4 days, II Rp2.9M over 5
for (const f of PEERS) {
  times(16, (i) => typhoid(f, 'I', 4, 2_000_000 + 10_000 * i));
  times(4, (i) => typhoid(f, 'II', 5, 2_900_000 + 10_000 * i));
}
// two hospitals code diabetes on twelve of twenty typhoid stays billed a tenth above their severity I: at one no
// record shows it, at the other every patient's diabetes is on their PRB fills
times(8, (i) => typhoid(CODER, 'I', 4, 2_000_000 + 10_000 * i));
const unrecorded = times(12, (i) => typhoid(CODER, 'II', 4, 2_150_000 + 10_000 * i));
times(8, (i) => typhoid(DOCUMENTING, 'I', 4, 2_000_000 + 10_000 * i));
const documented = times(12, (i) => typhoid(DOCUMENTING, 'II', 4, 2_150_000 + 10_000 * i, true));

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims, prb_claims: prbClaims });
const EXCESS_SIGNALS = [
  'group_severity_above_peers',
  'coder_severity_above_colleagues',
  'severity_above_peers_across_groups',
  'severity_mix_above_peers',
];
const excessSignals = (sep: string): string[] =>
  run()
    .signalsOf(sep, 'UPCODING')
    .filter((s) => EXCESS_SIGNALS.includes(s));

describe("UPCODING: a provider's severity excess does not name stays raised by documented comorbidities", () => {
  it('names the stays whose diabetes no record shows', () => {
    for (const sep of unrecorded) expect(excessSignals(sep), sep).toContain('group_severity_above_peers');
  });

  it("leaves the stays whose diabetes the card's PRB fills show", () => {
    for (const sep of documented) expect(excessSignals(sep), sep).toEqual([]);
  });
});
