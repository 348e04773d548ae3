// INFLATED_BILL: chronic drugs (tarif_obat_kronis) on an inpatient stay with no chronic condition
// (red team RT-INFLATED-72): acute stays of patients with no chronic disease, at several hospitals
// and amounts, some just past the threshold. Near misses: the chronic condition coded as a
// secondary diagnosis, coded on the card's earlier claim, a few days' doses below the threshold,
// an outpatient control visit coded with the day's complaint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { patients } from '../test-support/patients.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';

const book = patients('kron');
const DENGUE = { kode_inacbg: 'A-4-13-I', diagnosa: 'A90', procedure: '90.59' };
const TYPHOID = { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' };
const APPENDIX = { kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09' };

// acute stays carrying a month's chronic drugs, at two hospitals, one just past the threshold
const dengue = book.stay({ ...DENGUE, tgl_masuk: '2024-04-02', tarif_obat_kronis: 1_200_000 });
const typhoid = book.stay({ ...TYPHOID, facility_id: '3273R001', tgl_masuk: '2024-06-11', tarif_obat_kronis: 950_000 });
const appendix = book.stay({ ...APPENDIX, tgl_masuk: '2024-08-20', tarif_obat_kronis: 260_000 });

// a hypertensive's typhoid (I10 secondary), a diabetic's dengue (E11.9 at the card's control visit in April),
// a few days' doses, an outpatient control visit coded with the day's cough
const hypertensive = book.stay({ ...TYPHOID, diagnosa: 'A01.0#I10', tgl_masuk: '2024-05-07', tarif_obat_kronis: 900_000 });
const diabeticCard = book.card();
book.claimOf(diabeticCard, {
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'E11.9',
  tgl_masuk: '2024-04-04',
  tgl_pulang: '2024-04-04',
  tarif_obat_kronis: 400_000,
});
const diabetic = book.claimOf(diabeticCard, { ...DENGUE, tgl_masuk: '2024-06-03', tarif_obat_kronis: 1_100_000 });
const fewDoses = book.stay({ ...DENGUE, tgl_masuk: '2024-07-15', tarif_obat_kronis: 200_000 });
const controlVisit = book.stay({
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'J06.9',
  tgl_masuk: '2024-07-22',
  tgl_pulang: '2024-07-22',
  tarif_obat_kronis: 600_000,
});

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
  hits = run.hits.filter((h) => h.fraud_type === 'INFLATED_BILL' && h.signal === 'chronic_drugs_without_condition');
});

afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL: chronic drugs on a stay with no chronic condition', () => {
  it('flags acute stays billing more than a month of chronic drugs with no chronic condition on the claim or the card', () => {
    expect(INFLATED_BILL_DETECTOR.thresholds.chronicDrugsWithoutCondition.value).toBe(250_000);
    expect(INFLATED_BILL_DETECTOR.signals['chronic_drugs_without_condition']?.strength).toBe('suspicious');
    expect(hits.map((h) => h.nomor_sep).sort()).toEqual([dengue, typhoid, appendix].sort());
  });

  it('leaves a chronic condition coded on the stay or the card, a few doses and outpatient visits', () => {
    const flagged = hits.map((h) => h.nomor_sep);
    for (const honest of [hypertensive, diabetic, fewDoses, controlVisit]) expect(flagged).not.toContain(honest);
  });

  it('puts the chronic-drug line at risk and names the diagnoses, in both languages', () => {
    const h = hits.find((x) => x.nomor_sep === dengue);
    expect(h?.amount_at_risk).toBe(1_200_000);
    expect(h?.evidence_en).toContain('Chronic drugs Rp1,200,000 billed on an inpatient stay (CBG A-4-13-I) whose diagnoses [A90]');
    expect(h?.evidence_id).toContain('Obat kronis Rp1,200,000 ditagih pada rawat inap');
  });
});
