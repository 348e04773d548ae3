// UPCODING by sequencing (upcoding-swap.ts): angina stays coded as heart failure by putting
// I50.0 first and the angina second, with the angina stay's bill and days. Near misses: heart
// failure with hypertension (a comorbidity, never the reason for the stay) on a short, cheap stay,
// and genuine heart failure with angina that used a heart-failure stay's resources.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
/** A stay of `los` days, every tariff component `component` rupiah (18 components: the bill). */
function stay(facility_id: string, los: number, component: number, over: Row): string {
  n++;
  const card = `sw${n}`;
  members.push(member(card));
  const masuk = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const components = Object.fromEntries(
    ['tarif_kamar', 'tarif_obat', 'tarif_keperawatan', 'tarif_tenaga_ahli', 'tarif_laboratorium'].map((c) => [c, component]),
  );
  const c = claim(card, { facility_id, tgl_masuk: masuk, tgl_pulang: addDays(masuk, los), ...components, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
const angina = { kode_inacbg: 'I-4-17-I', diagnosa: 'I20.0', procedure: '89.52', tarif_inacbg: 2_100_000 };
const heartFailure = { kode_inacbg: 'I-4-12-I', diagnosa: 'I50.0', procedure: '88.72', tarif_inacbg: 3_600_000 };

// the peers: angina stays of three days, heart-failure stays of five to six days at over twice the bill
for (let i = 0; i < 24; i++) {
  stay(i % 2 ? PEER_A : PEER_B, 3, 200_000 + 1_000 * (i % 7), angina);
  stay(i % 2 ? PEER_A : PEER_B, 5 + (i % 2), 600_000 + 1_000 * (i % 7), heartFailure);
}
// the coding hospital: angina stays, angina kept second, heart failure put first
const swapped = Array.from({ length: 4 }, (_, i) =>
  stay(CODER, 3, 200_000 + 2_000 * i, { ...heartFailure, diagnosa: 'I50.0#I20.0', procedure: '89.52' }),
);
// near misses: hypertension is a comorbidity (no reason for the stay); genuine heart failure with angina
const withHypertension = stay(CODER, 3, 200_000, { ...heartFailure, diagnosa: 'I50.0#I10' });
const genuine = stay(CODER, 6, 620_000, { ...heartFailure, diagnosa: 'I50.0#I20.0' });

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: a dearer primary sequenced above the secondary that was treated', () => {
  it("names the heart-failure claims with an angina stay's bill and days, and the angina group", () => {
    for (const sep of swapped) {
      const [h] = run().hitsOf(sep, 'primary_sequenced_above_treated_secondary');
      expect(h?.evidence_en).toContain('I-4-17-I');
      expect(h?.evidence_en).toContain('I20.0');
      expect(h?.strength).toBe('suspicious');
      // the tariff share above the angina group: 1 - 2.1 / 3.6 of the INA-CBG tariff
      expect(h?.amount_at_risk).toBe(1_500_000);
    }
  });

  it('stays silent on a comorbidity second and on heart failure that used its own resources', () => {
    expect(run().hitsOf(withHypertension, 'primary_sequenced_above_treated_secondary')).toHaveLength(0);
    expect(run().hitsOf(genuine, 'primary_sequenced_above_treated_secondary')).toHaveLength(0);
    expect(
      run()
        .hitsOfType('UPCODING')
        .filter((h) => h.nomor_sep === genuine),
    ).toHaveLength(0);
  });
});
