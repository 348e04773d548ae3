// CLONING over months: one stay's bill kept as a template and reused for other patients, a copy
// now and then (a month apart, under another surgeon and coder each time) and every line nudged a
// few per cent so that no two copies are equal to the rupiah. The four-week comparison of
// cloning.ts misses copies spread thinner than its window; a verifier reading a facility's
// half-year of one service sees them as a family: stays of one CBG, procedures and length whose
// every tariff component lies within a few per cent of another patient's, while the facility's
// other patients of that very stay are billed otherwise (so the likeness is no fee schedule: a
// referral hospital billing every severe pneumonia of ten days alike is the RT-NM-SEVERE-01
// near miss). Stays only: a stay's bill records its own days, drugs and tests; a flat-fee package
// (nearly every patient of the stay billed it, and many) is billed alike by design and set aside.
// Pure SQL over fraud_claim_base.
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { linesBilledSql, patientLinesSql } from './clone-bills.js';
import { FLAT_PACKAGE_TABLE, claimVectorSql } from './distributions.js';
import type { DetectorThreshold } from './types.js';

/** CLONING's templateWindowDays. */
export const TEMPLATE_WINDOW_DAYS: DetectorThreshold = Object.freeze({
  value: 180,
  source:
    "Assumption: a billing office keeps a stay's bill at hand for months and reuses it now and then (red team RT-CLONE-71: once a month for five months, RT-CLONE-72: seven copies over four months); a verifier reads a facility's half-year of one service. Arrival loads the facility's claims of the CBG within it (arrival-context.ts).",
});

/** CLONING's templateTolerance. */
export const TEMPLATE_TOLERANCE: DetectorThreshold = Object.freeze({
  value: 0.05,
  source:
    "Assumption: a copier nudges each copied line by a few per cent to pass a duplicate check (red team RT-CLONE-02: 1-2%, RT-CLONE-72: 2.5-4.5%); two honest patients' stays of one service differ by ten per cent and more in their drugs, tests and consumables (CLONING lineTolerance: within 3% about one line in twenty by chance), so every one of the 18 components within 5%, at least minCopiedLines patient lines billed, is one bill.",
});

/** CLONING's templateMinFamily. */
export const TEMPLATE_MIN_FAMILY: DetectorThreshold = Object.freeze({
  value: 3,
  source:
    'Assumption: three or more patients billed one bill are a family of copies of which the claims cannot tell the template; each is named, the first copy too (red team RT-CLONE-71: the first copy was submitted before the stay it copies). Two are named on the later submission only.',
});

/** CLONING's templateMinOtherBills. */
export const TEMPLATE_MIN_OTHER_BILLS: DetectorThreshold = Object.freeze({
  value: 2,
  source:
    "Assumption: a hospital may bill a stay by a fee schedule, every patient of one service and length alike (red team RT-NM-SEVERE-01: three severe pneumonias of ten days billed alike a month apart); where two or more other patients' stays of the same CBG, procedures and length within the window were billed otherwise, the facility prices that stay by its items and a likeness is a copy.",
});

/**
 * Primary diagnoses one event gives many people at once: ICD-10 injuries, burns, poisonings and
 * effects of external causes (S00-T79; complications of care, T80-T98, are no event) and
 * bacterial foodborne intoxication (A05). A crash, a fire or a shared meal brings patients with
 * alike stays to one hospital within a day, alike by nature, not copied.
 */
export const SHARED_EVENT_ICD10 = '^(S|T[0-7]|A05)';

/** The CLONING thresholds the template family is read with (cloning.ts declares them). */
export interface TemplateThresholds {
  readonly templateWindowDays: number;
  readonly templateTolerance: number;
  readonly templateMinFamily: number;
  readonly templateMinOtherBills: number;
  readonly minCopiedLines: number;
  readonly maxComponentDistance: number;
  readonly maxSecondaryDiagnosisDifference: number;
  readonly packageMinPatients: number;
  readonly packageMinStayShare: number;
}

/** SQL: the 18 tariff components of claim `alias`, in TARIFF_COMPONENTS order. */
const billSql = (alias: string): string => `[${TARIFF_COMPONENTS.map(([c]) => `${alias}.${c}`).join(', ')}]::BIGINT[]`;

/**
 * SQL of the hits (signal bill_template_reused): a stay whose every tariff component is within
 * `templateTolerance` of another patient's stay of the facility (same CBG, procedures, length of
 * stay and diagnoses but a secondary) within `templateWindowDays`, at least `minCopiedLines`
 * patient lines billed, where `templateMinOtherBills` other patients' stays of the same service
 * and length were billed otherwise, and not a package (a price of fraud_flat_packages, or a bill
 * alike for packageMinPatients patients and packageMinStayShare of the stay's). The copy is the
 * later submission; in a family of `templateMinFamily` patients or more every member is named, the
 * first copy too (which of them is the template the claims cannot say).
 */
export function templateCopiesSql(t: TemplateThresholds): string {
  const alike = `len(list_filter(list_zip(a.bill, b.bill), z -> abs(z[1] - z[2]) > ${t.templateTolerance} * greatest(z[1], z[2]))) = 0`;
  return `
WITH s0 AS (
  SELECT c.nomor_sep, c.card_key, c.birth_date, c.facility_id, c.kode_inacbg, c.kode_dpjp, c.tgl_masuk, c.tgl_pengajuan, c.los,
    c.paid_amount, c.dx_primary, c.dx_category, ${claimVectorSql('c', t.maxComponentDistance)}, ${billSql('c')} AS bill,
    ${patientLinesSql('c')} AS patient_lines
  FROM fraud_claim_base c WHERE c.jenis_rawat = 1
), s AS (
  -- a claim of one of the facility's packages (fraud_flat_packages: its price across care classes, and the buckets either
  -- side of it, as CLONING reads it)
  SELECT s0.*, k.facility_id IS NOT NULL AS package FROM s0 LEFT JOIN ${FLAT_PACKAGE_TABLE} k ON k.facility_id = s0.facility_id
    AND k.kode_inacbg = s0.kode_inacbg AND k.pxs = s0.pxs AND k.package_bucket = s0.package_bucket
), pairs AS (
  SELECT a.nomor_sep, a.package, a.los = b.los AS same_los, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_dpjp AS other_dpjp,
    b.tgl_masuk AS other_masuk,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier,
    a.los = b.los AND ${alike} AS bill_alike,
    a.los = b.los AND ${alike} AND ${linesBilledSql('a.patient_lines', 'b.patient_lines')} >= ${t.minCopiedLines}
      AND a.birth_date IS DISTINCT FROM b.birth_date
      AND (a.dxs = b.dxs OR (a.dx_category = b.dx_category
        AND len(a.dxs) + len(b.dxs) - 2 * len(list_intersect(a.dxs, b.dxs)) <= ${t.maxSecondaryDiagnosisDifference}))
      AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, ${literal(SHARED_EVENT_ICD10)})
        AND regexp_matches(b.dx_primary, ${literal(SHARED_EVENT_ICD10)})) AS copied
  FROM s a JOIN s b ON a.facility_id = b.facility_id AND a.kode_inacbg = b.kode_inacbg AND a.pxs = b.pxs
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.templateWindowDays} AND a.tgl_masuk + ${t.templateWindowDays} AND a.card_key <> b.card_key
), family AS (
  SELECT nomor_sep, count(DISTINCT other_card) FILTER (WHERE copied) AS copies, bool_or(copied AND other_is_earlier) AS earlier_copy,
    count(DISTINCT other_card) FILTER (WHERE same_los AND NOT bill_alike) AS billed_otherwise,
    count(DISTINCT other_card) FILTER (WHERE bill_alike) AS alike, count(DISTINCT other_card) FILTER (WHERE same_los) AS stay_others,
    any_value(package) AS package,
    list(other_sep ORDER BY other_masuk, other_sep) FILTER (WHERE copied) AS originals,
    list(DISTINCT other_dpjp ORDER BY other_dpjp) FILTER (WHERE copied) AS doctors,
    min(other_masuk) FILTER (WHERE copied) AS first_masuk, max(other_masuk) FILTER (WHERE copied) AS last_masuk
  FROM pairs GROUP BY nomor_sep
  HAVING (earlier_copy OR copies + 1 >= ${t.templateMinFamily}) AND billed_otherwise >= ${t.templateMinOtherBills}
    -- the facility's package (fraud_flat_packages), or the whole bill of nearly all patients of the stay within the window
    AND NOT package
    AND NOT (alike + 1 >= ${t.packageMinPatients} AND alike + 1 >= ${t.packageMinStayShare} * (stay_others + 1))
)
SELECT a.nomor_sep, 'bill_template_reused' AS signal, a.paid_amount AS amount_at_risk, f.originals[1:10] AS related_sep,
  format('Every tariff component within {:.0f}% of the bill of {} stay(s) of other patients at {} ({} to {}; same CBG, procedures and {} day(s); doctor(s) {}; this claim: doctor {}), while {} other patients'' stays of the same service and length were billed otherwise: one bill reused as a template',
    ${t.templateTolerance} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los, array_to_string(f.doctors, ', '), a.kode_dpjp, f.billed_otherwise) AS evidence_en,
  format('Setiap komponen tarif selisih paling banyak {:.0f}% dari tagihan {} rawat inap pasien lain di {} ({} s.d. {}; CBG, tindakan dan {} hari yang sama; dokter {}; klaim ini: dokter {}), sementara {} pasien lain dengan layanan dan lama rawat yang sama ditagih berbeda: satu tagihan dipakai ulang sebagai templat',
    ${t.templateTolerance} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los, array_to_string(f.doctors, ', '), a.kode_dpjp, f.billed_otherwise) AS evidence_id
FROM s a JOIN family f USING (nomor_sep)`;
}
