// UPCODING by the procedure (upcoding-indication.ts): femoral shaft fractures, which are nailed or
// plated, claimed as hip replacements with the hip implant top-up at one hospital, several patients.
// Near misses: a neck-of-femur fracture and a coxarthrosis really replaced, a shaft fracture running
// into the neck coded with both fractures, a knee replaced for gonarthrosis, one patient's shaft
// fracture coded so at another hospital (a claim to look at, no pattern), and a PCI for an infarction
// with hypertension beside the PCI coded for hypertension alone.
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
function stay(facility_id: string, over: Row): string {
  n++;
  const card = `ind${n}`;
  members.push(member(card));
  const masuk = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, { facility_id, tgl_masuk: masuk, tgl_pulang: addDays(masuk, 6), ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
const femur = { kode_inacbg: 'M-1-30-I', tarif_inacbg: 14_000_000 };
const plate = { ...femur, procedure: '79.35', special_cmg: 'RR-03', tarif_special_cmg: 4_800_000 };
const hip = { ...femur, procedure: '81.51', special_cmg: 'RR-01', tarif_special_cmg: 20_000_000 };
const knee = { kode_inacbg: 'M-1-31-I', tarif_inacbg: 13_000_000, procedure: '81.54', special_cmg: 'RR-02', tarif_special_cmg: 18_000_000 };
const pci = { kode_inacbg: 'I-1-40-I', tarif_inacbg: 38_000_000, procedure: '36.07', special_cmg: 'SP-01', tarif_special_cmg: 24_000_000 };

// the other hospitals: shaft fractures plated, neck fractures replaced, knees replaced for gonarthrosis
for (let i = 0; i < 24; i++) {
  const at = i % 2 ? PEER_A : PEER_B;
  stay(at, { ...plate, diagnosa: 'S72.3' });
  if (i % 4 === 0) stay(at, { ...hip, diagnosa: 'S72.0#I10' });
}
// the coding hospital: four young shaft fractures claimed as hip replacements with the hip implant
const coded = Array.from({ length: 4 }, () => stay(CODER, { ...hip, diagnosa: 'S72.3' }));
// near misses at the same hospital: the replacement's own indications
const neck = stay(CODER, { ...hip, diagnosa: 'S72.0#I10' });
const coxarthrosis = stay(CODER, { ...hip, diagnosa: 'M16.1' });
const shaftIntoNeck = stay(CODER, { ...hip, diagnosa: 'S72.3#S72.0' });
const gonarthrosis = stay(CODER, { ...knee, diagnosa: 'M17.9' });
// one patient at another hospital: suspicious alone, no pattern
const single = stay(PEER_A, { ...hip, diagnosa: 'S72.3' });
// PCI: coded for hypertension alone, and for an infarction with hypertension
const pciHypertension = stay(PEER_B, { ...pci, diagnosa: 'I10' });
const pciInfarction = stay(PEER_B, { ...pci, diagnosa: 'I21.4#I10' });

const run = runDetectorsOnce({ members, claims });
const ALONE = 'procedure_above_its_indication';
const PATTERN = 'procedure_above_indication_at_provider';

describe('UPCODING: a dear procedure coded where the diagnoses indicate a cheaper one', () => {
  it("names each shaft fracture claimed as a hip replacement, with the implant top-up above the plate's at risk", () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, ALONE);
      expect(h?.strength).toBe('suspicious');
      expect(h?.evidence_en).toContain('81.51');
      expect(h?.evidence_en).toContain('S72.3');
      // RR-01 20,000,000 less the plate's RR-03 4,800,000 not claimed; the same group M-1-30
      expect(h?.amount_at_risk).toBe(15_200_000);
    }
  });

  it("names the hospital's pattern over several patients against the other hospitals' rate", () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, PATTERN);
      expect(h?.evidence_en).toContain(`Provider ${CODER} coded hip replacement for 4 of its 4 patients`);
      expect(h?.amount_at_risk).toBe(15_200_000);
    }
    expect(
      run()
        .hitsOfType('UPCODING', PATTERN)
        .map((h) => h.nomor_sep),
    ).toEqual(expect.not.arrayContaining([single]));
  });

  it('stays silent on replacements their diagnoses indicate: neck fracture, coxarthrosis, a shaft fracture into the neck, gonarthrosis', () => {
    for (const sep of [neck, coxarthrosis, shaftIntoNeck, gonarthrosis])
      expect(
        run()
          .signalsOf(sep, 'UPCODING')
          .filter((s) => s === ALONE || s === PATTERN),
      ).toEqual([]);
  });

  it("one patient's shaft fracture coded so at another hospital is a claim to look at, not a pattern", () => {
    expect(run().hitsOf(single, ALONE)).toHaveLength(1);
    expect(run().hitsOf(single, PATTERN)).toHaveLength(0);
  });

  it('names a stent coded for hypertension alone, not one for an infarction with hypertension', () => {
    const [h] = run().hitsOf(pciHypertension, ALONE);
    // SP-01 24,000,000 and the tariff share above I-4-17 (2.1 of 38 million)
    expect(h?.amount_at_risk).toBe(24_000_000 + 38_000_000 - 2_100_000);
    expect(h?.evidence_en).toContain('I-4-17');
    expect(run().hitsOf(pciInfarction, ALONE)).toHaveLength(0);
  });
});
