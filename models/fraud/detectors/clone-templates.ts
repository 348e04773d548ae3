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

/** CLONING's templateNudgeShare. */
export const TEMPLATE_NUDGE_SHARE: DetectorThreshold = Object.freeze({
  value: 0.01,
  source:
    "Assumption: a copier may nudge each billed line by a flat sum rather than a per cent, small beside the bill (red team RT-CLONE-91: Rp5,000-45,000 added to every billed line of a Rp4.9 million caesarean bill, zero lines kept zero); on a small line (Rp57,300 of blood services) that is far beyond templateTolerance while the bill is the template's. Two stays are taken as one bill nudged when every line billed on one is billed on the other, none to the same rupiah (two patients of one service share the fee schedule's room, nursing and fees: a copier moves them all), and each within 1% of the larger bill or templateTolerance: drugs and tests of two patients differ by more. Measured on the 150k-member generated warehouse copy (2026-12-07): bill_template_reused names 50 stays at 5 facilities at any nudge from 0 to 2% of the bill (the nudged pairs there are copies the four-week comparison names elsewhere too), 7 at 3 before nudged copies were let past the fee-schedule test (below); a nudge of any line by 1% of the bill, equal lines allowed, added a stay at a sixth facility.",
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

/** The CLONING thresholds the template family is read with (clone-thresholds.ts declares them). */
export interface TemplateThresholds {
  readonly templateWindowDays: number;
  readonly templateTolerance: number;
  readonly templateNudgeShare: number;
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
  // every component within the tolerance
  const withinTolerance = `len(list_filter(list_zip(a.bill, b.bill), z -> abs(z[1] - z[2]) > ${t.templateTolerance} * greatest(z[1], z[2]))) = 0`;
  // or nudged: every billed line moved (none equal: a copier's nudges, where two patients of one service share the fee
  // schedule's room, nursing and fees to the rupiah), each by a sum small beside the bill, the zero lines kept zero
  const nudged = `(len(list_filter(list_zip(a.bill, b.bill), z -> (z[1] > 0) <> (z[2] > 0) OR (z[1] > 0 AND z[1] = z[2])
    OR abs(z[1] - z[2]) > greatest(${t.templateTolerance} * greatest(z[1], z[2]), ${t.templateNudgeShare} * greatest(a.billed_cost, b.billed_cost)))) = 0)`;
  const alike = `(${withinTolerance} OR ${nudged})`;
  return `
WITH s0 AS (
  SELECT c.nomor_sep, c.card_key, c.birth_date, c.facility_id, c.kode_inacbg, c.kode_dpjp, c.tgl_masuk, c.tgl_pengajuan, c.los,
    c.paid_amount, c.billed_cost, c.dx_primary, c.dx_category, ${claimVectorSql('c', t.maxComponentDistance)}, ${billSql('c')} AS bill,
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
    a.los = b.los AND ${alike} AS bill_alike, a.los = b.los AND ${nudged} AS bill_nudged,
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
    count(DISTINCT other_card) FILTER (WHERE copied AND bill_nudged) AS nudged,
    any_value(package) AS package,
    list(other_sep ORDER BY other_masuk, other_sep) FILTER (WHERE copied) AS originals,
    list(DISTINCT other_dpjp ORDER BY other_dpjp) FILTER (WHERE copied) AS doctors,
    min(other_masuk) FILTER (WHERE copied) AS first_masuk, max(other_masuk) FILTER (WHERE copied) AS last_masuk
  FROM pairs GROUP BY nomor_sep
  HAVING (earlier_copy OR copies + 1 >= ${t.templateMinFamily}) AND (
    -- a copy nudged line by line (every billed line moved by a small sum) is no price: a fee schedule and a package bill
    -- every patient the same sums (red team RT-CLONE-91: a hospital's every caesarean the template plus Rp5,000-45,000 a
    -- line). Measured on the 150k-member generated warehouse copy: 7 stays at 3 facilities before, 50 at 5 after, all at
    -- facilities whose stays the four-week comparison names 39-143 times each (their copies spread past its window)
    nudged > 0
    OR (billed_otherwise >= ${t.templateMinOtherBills}
      -- the facility's package (fraud_flat_packages), or the whole bill of nearly all patients of the stay within the window
      AND NOT package
      AND NOT (alike + 1 >= ${t.packageMinPatients} AND alike + 1 >= ${t.packageMinStayShare} * (stay_others + 1))))
)
SELECT a.nomor_sep, 'bill_template_reused' AS signal, a.paid_amount AS amount_at_risk, f.originals[1:10] AS related_sep,
  format('Every tariff component within {:.0f}% (or, billed on both, {:.0f}% of the bill) of the bill of {} stay(s) of other patients at {} ({} to {}; same CBG, procedures and {} day(s); doctor(s) {}; this claim: doctor {}), {}: one bill reused as a template',
    ${t.templateTolerance} * 100, ${t.templateNudgeShare} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los, array_to_string(f.doctors, ', '), a.kode_dpjp,
    CASE WHEN f.billed_otherwise >= ${t.templateMinOtherBills} THEN format('while {} other patients'' stays of the same service and length were billed otherwise', f.billed_otherwise)
      ELSE format('{} of them differing from this bill by small sums line by line, as no fee schedule or package does', f.nudged) END) AS evidence_en,
  format('Setiap komponen tarif selisih paling banyak {:.0f}% (atau, bila ditagih di keduanya, {:.0f}% tagihan) dari tagihan {} rawat inap pasien lain di {} ({} s.d. {}; CBG, tindakan dan {} hari yang sama; dokter {}; klaim ini: dokter {}), {}: satu tagihan dipakai ulang sebagai templat',
    ${t.templateTolerance} * 100, ${t.templateNudgeShare} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los, array_to_string(f.doctors, ', '), a.kode_dpjp,
    CASE WHEN f.billed_otherwise >= ${t.templateMinOtherBills} THEN format('sementara {} pasien lain dengan layanan dan lama rawat yang sama ditagih berbeda', f.billed_otherwise)
      ELSE format('{} di antaranya berbeda dari tagihan ini sejumlah kecil per baris, yang tidak terjadi pada jadwal tarif atau paket', f.nudged) END) AS evidence_id
FROM s a JOIN family f USING (nomor_sep)`;
}
