// INFLATED_BILL read against the record (red team RT-INFLATED-51): intensive care billed on a
// stay whose claim records no ICU stay, a surgical fee on an inpatient stay with no operation
// coded, chemotherapy drugs with no cancer or chemotherapy coded. Near misses: the ICU stay
// recorded (indicator and days, or ventilator hours alone), an amount below the thresholds, the
// operation coded, an outpatient therapy session's small fee, a cancer coded, a chemotherapy
// injection coded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';

const members: Row[] = [];
const claims: Row[] = [];

let cards = 0;
/** One stay on a card of its own (no episode detector pairs two of them), a day of May 2024 each. */
function stay(over: Row): string {
  const card = `rec${++cards}`;
  members.push(member(card));
  const day = `2024-05-${String(1 + cards).padStart(2, '0')}`;
  const c = claim(card, { tgl_masuk: day, tarif_kamar: 100_000 + 1_000 * cards, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** A pneumonia stay of severity II on the ward. */
const PNEUMONIA: Row = { kode_inacbg: 'J-4-16-II', diagnosa: 'J18.9#E86', procedure: '87.44#93.96' };

// three ICU days billed on the ward (no indicator, no ICU day, no ventilator); near misses: the ICU stay recorded,
// a ventilated patient whose indicator was left unticked, an intensivist's visit booked on the line
const icuOnWard = stay({ ...PNEUMONIA, tarif_rawat_intensif: 5_700_000 });
const icuRecorded = stay({ ...PNEUMONIA, tarif_rawat_intensif: 5_700_000, icu_indikator: 1, icu_los: 3 });
const ventilated = stay({ ...PNEUMONIA, tarif_rawat_intensif: 5_700_000, ventilator_hour: 40 });
const intensivistVisit = stay({ ...PNEUMONIA, tarif_rawat_intensif: 400_000 });

// a surgical fee on a medical stay with no operation coded; near misses: the operation coded (47.09 appendectomy),
// a bedside procedure's small fee, an outpatient physiotherapy session's fee in the surgical line
const feeWithoutOperation = stay({ ...PNEUMONIA, tarif_prosedur_bedah: 2_500_000 });
const feeWithOperation = stay({ kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09', tarif_prosedur_bedah: 2_500_000 });
const bedsideFee = stay({ ...PNEUMONIA, tarif_prosedur_bedah: 200_000 });
const physiotherapy = stay({
  kode_inacbg: 'Z-3-12-0',
  jenis_rawat: 2,
  diagnosa: 'M54.5',
  procedure: '93.39',
  tarif_prosedur_bedah: 300_000,
  tarif_kamar: 0,
  tarif_rawat_intensif: 0,
});

// chemotherapy drugs on a pneumonia stay; near misses: a breast cancer's cycle (C50.9), the chemotherapy injection (99.25)
// coded, a low-dose agent outside cancer
const chemoWithoutCancer = stay({ ...PNEUMONIA, tarif_obat_kemoterapi: 4_000_000 });
const chemoForCancer = stay({ ...PNEUMONIA, diagnosa: 'C50.9#J18.9', tarif_obat_kemoterapi: 4_000_000 });
const chemoInjected = stay({ ...PNEUMONIA, procedure: '99.25', tarif_obat_kemoterapi: 4_000_000 });
const lowDoseAgent = stay({ ...PNEUMONIA, tarif_obat_kemoterapi: 300_000 });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'INFLATED_BILL');
});

afterAll(async () => {
  await run?.close();
});

const flagged = (signal: string): string[] =>
  hits
    .filter((h) => h.signal === signal)
    .map((h) => h.nomor_sep)
    .sort();

describe('INFLATED_BILL: a component with no record behind it on the claim', () => {
  it('flags intensive care above half an ICU day on a stay with no ICU indicator, ICU day or ventilator hour', () => {
    expect(INFLATED_BILL_DETECTOR.thresholds.intensiveCareWithoutStay.value).toBe(500_000);
    expect(INFLATED_BILL_DETECTOR.signals['intensive_care_without_icu_stay']?.strength).toBe('suspicious');
    expect(flagged('intensive_care_without_icu_stay')).toEqual([icuOnWard]);
    for (const honest of [icuRecorded, ventilated, intensivistVisit])
      expect(flagged('intensive_care_without_icu_stay')).not.toContain(honest);
  });

  it('puts the intensive-care component at risk and names what the claim records, in both languages', () => {
    const h = hits.find((x) => x.nomor_sep === icuOnWard && x.signal === 'intensive_care_without_icu_stay');
    expect(h?.amount_at_risk).toBe(5_700_000);
    expect(h?.evidence_en).toContain('Intensive care Rp5,700,000 billed on a 4-day stay');
    expect(h?.evidence_en).toContain('ICU indicator 0, 0 ICU days, 0 ventilator hours');
    expect(h?.evidence_id).toContain('Rawat intensif Rp5,700,000 ditagih');
  });

  it('flags a surgical fee above a bedside procedure on an inpatient stay with no operation coded, not an outpatient session', () => {
    expect(INFLATED_BILL_DETECTOR.thresholds.surgicalFeeWithoutOperation.value).toBe(250_000);
    expect(flagged('surgical_fee_without_operation')).toEqual([feeWithoutOperation]);
    for (const honest of [feeWithOperation, bedsideFee, physiotherapy])
      expect(flagged('surgical_fee_without_operation')).not.toContain(honest);
    const h = hits.find((x) => x.nomor_sep === feeWithoutOperation && x.signal === 'surgical_fee_without_operation');
    expect(h?.amount_at_risk).toBe(2_500_000);
    expect(h?.evidence_en).toContain('Surgical fee Rp2,500,000 billed on an inpatient stay (CBG J-4-16-II) with no operation coded');
    expect(h?.evidence_id).toContain('Jasa prosedur bedah Rp2,500,000 ditagih pada rawat inap');
  });

  it('flags chemotherapy drugs above a low-dose course with no neoplasm, chemotherapy session or injection coded', () => {
    expect(INFLATED_BILL_DETECTOR.thresholds.chemotherapyWithoutCancer.value).toBe(1_000_000);
    expect(flagged('chemotherapy_without_cancer')).toEqual([chemoWithoutCancer]);
    for (const honest of [chemoForCancer, chemoInjected, lowDoseAgent])
      expect(flagged('chemotherapy_without_cancer')).not.toContain(honest);
    const h = hits.find((x) => x.nomor_sep === chemoWithoutCancer && x.signal === 'chemotherapy_without_cancer');
    expect(h?.amount_at_risk).toBe(4_000_000);
    expect(h?.evidence_en).toContain('Chemotherapy drugs Rp4,000,000 billed with no neoplasm');
    expect(h?.evidence_en).toContain('diagnoses [J18.9, E86]');
    expect(h?.evidence_id).toContain('Obat kemoterapi Rp4,000,000 ditagih tanpa neoplasma');
  });
});
