// INFLATED_BILL read against the record (DOMAIN.md section 2: the claim carries icu_indikator,
// icu_los and ventilator_hour, its procedures and its 18 tariff components side by side). A
// component pays for a service the claim records elsewhere: intensive care for ICU days, blood for
// a transfusion, the surgical fee for an operation, chemotherapy drugs for a cancer. A component billed with nothing on the claim
// behind it is a service nobody received.
//
// The signals are suspicious, not certain: the contradiction is between two fields of the same
// hospital's entry, so it proves one of them wrong but not which (an ICU stay whose indicator was
// left unticked, a transfusion the coder did not code, a high-care bed booked as intensive care),
// and the INA-CBG payment does not follow from the component. An auditor settles it from the
// ICU register, the blood bank's issue book or the operating list.
import { literal } from '../../../data-samples/sql/index.js';
import { MAX_OPERATION_CHAPTER } from './peers.js';
import { suspicious } from './types.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** ICD-9-CM 99.0x: transfusion of blood and blood components (99.03 whole blood, 99.04 packed cells, 99.05 platelets, 99.06-99.07 factors and plasma). */
const TRANSFUSION_ICD9CM = '^99\\.0';
/**
 * The record behind chemotherapy drugs: an ICD-10 neoplasm that chemotherapy treats (C00-C97 malignant,
 * D00-D09 in situ, D37-D48 uncertain behaviour: myelodysplasia, polycythaemia), Z51.1 (a chemotherapy session),
 * or ICD-9-CM 99.25 (injection of a cancer chemotherapeutic substance).
 */
const CHEMOTHERAPY_DIAGNOSIS_ICD10 = '^(C|D0|D3[7-9]|D4[0-8]|Z51\\.1)';
const CHEMOTHERAPY_ICD9CM = '99.25';

export const RECORD_THRESHOLDS = {
  bloodWithoutTransfusion: {
    value: 1_470_000,
    source:
      'Two bags of blood at the highest national processing fee, Rp490,000 a bag (BPPD, Kepmenkes HK.01.07/MENKES/504/2024; Rp360,000 for JKN under Permenkes 3/2023), each with the 50% a hospital blood bank may add (Permenkes 83/2014 art. 52): Rp735,000 a bag. Pre-transfusion tests (blood group and rhesus about Rp30,000 each, cross-match Rp100,000, Coombs Rp650,000: PMI tariff list) and one bag issued but not given stay below it; blood services above it with no transfusion coded (ICD-9-CM 99.0x) bill bags nobody received.',
  },
  intensiveCareWithoutStay: {
    value: 500_000,
    source:
      'Assumption: an ICU day in a hospital tariff (bed, monitoring, one-to-one nursing) costs well over Rp1 million (the ICU stays of the committed sample extract bill Rp2.0-3.2 million a day: measured); half of a Rp1 million day is the least that pays for any intensive care, below it an intensivist consulted on the ward or a monitor booked on the line. Above it with icu_indikator 0, no ICU day and no ventilator hour (SCHEMA.md claims), the claim records no intensive care at all.',
  },
  surgicalFeeWithoutOperation: {
    value: 250_000,
    source:
      'Assumption: a bedside procedure the coder may leave uncoded (a wound dressed, a catheter placed) costs less than Rp250,000 (the physiotherapy sessions of the committed sample extract carry Rp56,000-64,000 in the surgical line: measured). A larger surgical fee on an inpatient stay with no operation coded (ICD-9-CM 01-86) pays for an operation the claim does not contain: a hospital gains nothing by leaving a real operation uncoded, as the code moves the stay to a procedural CBG that pays more.',
  },
  chemotherapyWithoutCancer: {
    value: 1_000_000,
    source:
      'Assumption: chemotherapy agents given outside cancer (methotrexate for an ectopic pregnancy or rheumatoid arthritis, cyclophosphamide for lupus nephritis) are single low doses of generic drugs costing a few hundred thousand rupiah a stay; above Rp1 million in chemotherapy drugs with no neoplasm, chemotherapy session or chemotherapy injection coded, the claim holds no course the drugs belong to.',
  },
} as const satisfies Record<string, DetectorThreshold>;

type RecordThreshold = keyof typeof RECORD_THRESHOLDS;

export const RECORD_SIGNALS = {
  blood_without_transfusion: suspicious(
    'Blood services billed with no transfusion coded',
    'Layanan darah ditagih tanpa transfusi yang dikode',
  ),
  intensive_care_without_icu_stay: suspicious(
    'Intensive care billed with no ICU stay on the claim',
    'Rawat intensif ditagih tanpa rawat ICU pada klaim',
  ),
  surgical_fee_without_operation: suspicious(
    'Surgical fee billed on a stay with no operation coded',
    'Jasa prosedur bedah ditagih pada rawat inap tanpa operasi yang dikode',
  ),
  chemotherapy_without_cancer: suspicious(
    'Chemotherapy drugs billed with no cancer or chemotherapy coded',
    'Obat kemoterapi ditagih tanpa kanker atau kemoterapi yang dikode',
  ),
} as const;

/** SQL: the hits of the components billed with no record behind them on claim base `b`. */
export function componentRecordSql(t: ThresholdValues<RecordThreshold>): string {
  const px = `array_to_string(b.px_list, ', ')`;
  return `
-- blood is billed per bag transfused: bags beyond what tests and one unused bag cost, with no transfusion on the claim
SELECT b.nomor_sep, 'blood_without_transfusion' AS signal, b.tarif_pelayanan_darah AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Blood services {} billed (above {}, two bags at the highest processing fee) with no transfusion coded (ICD-9-CM 99.0x) among procedures [{}]',
    ${rupiahSql('b.tarif_pelayanan_darah')}, ${rupiahSql(t.bloodWithoutTransfusion)}, ${px}) AS evidence_en,
  format('Layanan darah {} ditagih (di atas {}, dua kantong dengan biaya pengolahan tertinggi) tanpa transfusi yang dikode (ICD-9-CM 99.0x) di antara tindakan [{}]',
    ${rupiahSql('b.tarif_pelayanan_darah')}, ${rupiahSql(t.bloodWithoutTransfusion)}, ${px}) AS evidence_id
FROM fraud_claim_base b
WHERE b.tarif_pelayanan_darah > ${t.bloodWithoutTransfusion} AND len(list_filter(b.px_list, x -> regexp_matches(x, ${literal(TRANSFUSION_ICD9CM)}))) = 0
UNION ALL
-- intensive care is billed per ICU day: none recorded (indicator, days) and no ventilation, which only intensive care gives
SELECT b.nomor_sep, 'intensive_care_without_icu_stay', b.tarif_rawat_intensif, []::VARCHAR[],
  format('Intensive care {} billed on a {}-day stay whose claim records no ICU stay (ICU indicator {}, {} ICU days, {} ventilator hours)',
    ${rupiahSql('b.tarif_rawat_intensif')}, b.los, b.icu_indikator, b.icu_los, b.ventilator_hour),
  format('Rawat intensif {} ditagih pada rawat {} hari yang klaimnya tidak mencatat rawat ICU (indikator ICU {}, {} hari ICU, {} jam ventilator)',
    ${rupiahSql('b.tarif_rawat_intensif')}, b.los, b.icu_indikator, b.icu_los, b.ventilator_hour)
FROM fraud_claim_base b
WHERE b.tarif_rawat_intensif > ${t.intensiveCareWithoutStay} AND coalesce(b.icu_indikator, 0) = 0 AND coalesce(b.icu_los, 0) = 0
  AND coalesce(b.ventilator_hour, 0) = 0
UNION ALL
-- the surgical fee pays for an operation (ICD-9-CM chapters 01-${MAX_OPERATION_CHAPTER}); outpatient procedure groups bill small
-- fees for therapy sessions in that line, so only inpatient stays are read
SELECT b.nomor_sep, 'surgical_fee_without_operation', b.tarif_prosedur_bedah, []::VARCHAR[],
  format('Surgical fee {} billed on an inpatient stay (CBG {}) with no operation coded among procedures [{}]', ${rupiahSql('b.tarif_prosedur_bedah')}, b.kode_inacbg, ${px}),
  format('Jasa prosedur bedah {} ditagih pada rawat inap (CBG {}) tanpa operasi yang dikode di antara tindakan [{}]', ${rupiahSql('b.tarif_prosedur_bedah')}, b.kode_inacbg, ${px})
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND b.tarif_prosedur_bedah > ${t.surgicalFeeWithoutOperation}
  AND len(list_filter(b.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${MAX_OPERATION_CHAPTER})) = 0
UNION ALL
SELECT b.nomor_sep, 'chemotherapy_without_cancer', b.tarif_obat_kemoterapi, []::VARCHAR[],
  format('Chemotherapy drugs {} billed with no neoplasm, chemotherapy session (Z51.1) or chemotherapy injection (99.25) coded: diagnoses [{}]',
    ${rupiahSql('b.tarif_obat_kemoterapi')}, array_to_string(b.dx_list, ', ')),
  format('Obat kemoterapi {} ditagih tanpa neoplasma, sesi kemoterapi (Z51.1) atau injeksi kemoterapi (99.25) yang dikode: diagnosis [{}]',
    ${rupiahSql('b.tarif_obat_kemoterapi')}, array_to_string(b.dx_list, ', '))
FROM fraud_claim_base b
WHERE b.tarif_obat_kemoterapi > ${t.chemotherapyWithoutCancer} AND NOT list_contains(b.px_list, ${literal(CHEMOTHERAPY_ICD9CM)})
  AND NOT list_bool_or(list_transform(b.dx_list, x -> regexp_matches(x, ${literal(CHEMOTHERAPY_DIAGNOSIS_ICD10)})))`;
}
