// CLONING over months: one stay's bill kept as a template and reused for other patients, a copy
// now and then (a month apart, under another surgeon and coder each time) and every line nudged a
// few per cent so that no two copies are equal to the rupiah. The four-week comparison of
// cloning.ts misses copies spread thinner than its window; a verifier reading a facility's
// half-year of one service sees them as a family: stays of one CBG, procedures and length whose
// every tariff component lies within a few per cent of another patient's, while the facility's
// other patients of that very stay are billed otherwise (so the likeness is no fee schedule: a
// referral hospital billing every severe pneumonia of ten days alike is the RT-NM-SEVERE-01
// near miss). A copy of another length joins the family when its room line, prorated to its own
// days, is the template's per day and every other line the template's (red team RT-CLONE-151); a
// copy nudged by flat sums of rupiah differs from another copy by twice the nudge (RT-CLONE-152).
// Stays only: a stay's bill records its own days, drugs and tests; a flat-fee package (nearly every
// patient of the stay billed it, and many) is billed alike by design and set aside.
// Pure SQL over fraud_claim_base.
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { linesBilledSql, patientLinesSql } from './clone-bills.js';
import { rupiahSql } from './evidence-rupiah.js';
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

/** CLONING's templateNudgeRupiah. */
export const TEMPLATE_NUDGE_RUPIAH: DetectorThreshold = Object.freeze({
  value: 50_000,
  source:
    "Assumption: a flat nudge is a round sum typed by hand, tens of thousands of rupiah a line whatever the line (red team RT-CLONE-91: Rp5,000-45,000; RT-CLONE-152: Rp5,000-25,000 up or down on a Rp2.3 million fracture bill, 1.1% of it), so two copies of one template differ by up to twice the nudge, Rp50,000 a line (2.2% of that bill), beyond templateNudgeShare of a small bill. Allowed up to twice templateNudgeShare of the bill, so that a flat sum stays small beside it; a difference growing with the line (two patients' bills a few per cent apart line by line: Rp90,000 on a Rp1.3 million surgical fee) is no typed nudge and stays bound by templateNudgeShare. A pair alike by such sums alone (or by a line nudged to zero) proves nothing alone: measured on the 150k-member generated extract (254,439 claims, seed 5), 23 pairs of stays of one facility, service and length fall within 2% of their bill line by line and not within 1% (their lines differ in proportion to the line), and with them as copies bill_template_reused named 4 fraud and 16 honest claims, each from one such pair; so such pairs count only in a family of templateMinFamily distinct bills, which none of those stays has.",
});

/** CLONING's templateMinFamily. */
export const TEMPLATE_MIN_FAMILY: DetectorThreshold = Object.freeze({
  value: 3,
  source:
    'Assumption: three or more patients billed one bill are a family of copies of which the claims cannot tell the template; each is named, the first copy too (red team RT-CLONE-71: the first copy was submitted before the stay it copies). Two are named on the later submission only. Where a pair is alike only by flat sums (templateNudgeRupiah), the family counts distinct bills: two exact copies and an honest stay within 2% of them are two bills.',
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
  readonly templateNudgeRupiah: number;
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
/** The room line's place in billSql (1-based, as SQL lists count). */
const ROOM_INDEX = TARIFF_COMPONENTS.findIndex(([c]) => c === 'tarif_kamar') + 1;

/**
 * SQL of the hits (signal bill_template_reused): a stay whose every tariff component is within
 * `templateTolerance` of another patient's stay of the facility (same CBG, procedures, length of
 * stay and diagnoses but a secondary; a stay of another length with its room line per day) or, the
 * same length, nudged line by line (templateNudgeShare, templateNudgeRupiah) within
 * `templateWindowDays`, at least `minCopiedLines`
 * patient lines billed, where `templateMinOtherBills` other patients' stays of the same service
 * and length were billed otherwise, and not a package (a price of fraud_flat_packages, or a bill
 * alike for packageMinPatients patients and packageMinStayShare of the stay's). The copy is the
 * later submission; in a family of `templateMinFamily` patients or more every member is named, the
 * first copy too (which of them is the template the claims cannot say).
 */
export function templateCopiesSql(t: TemplateThresholds): string {
  // every component within the tolerance (the pair's bills: bill, other_bill)
  const zipped = 'list_zip(bill, other_bill)';
  const withinTolerance = `len(list_filter(${zipped}, z -> abs(z[1] - z[2]) > ${t.templateTolerance} * greatest(z[1], z[2]))) = 0`;
  // or nudged: every line billed on both moved (none equal: a copier's nudges, where two patients of one service share
  // the fee schedule's room, nursing and fees to the rupiah), each by a sum small beside the bill; a line billed on one
  // only is a small line a nudge took to zero (red team RT-CLONE-152: Rp24,600 less Rp25,000), no larger than the
  // pair's largest nudge of a line billed on both (max_nudge): a line added to a copy is larger than its nudges
  const nudged = `(len(list_filter(${zipped}, z -> (z[1] > 0 AND z[2] > 0 AND (z[1] = z[2]
      OR abs(z[1] - z[2]) > greatest(${t.templateTolerance} * greatest(z[1], z[2]), ${t.templateNudgeShare} * greatest(billed_cost, other_billed),
        least(${t.templateNudgeRupiah}, 2 * ${t.templateNudgeShare} * greatest(billed_cost, other_billed)))))
    OR ((z[1] > 0) <> (z[2] > 0) AND greatest(z[1], z[2]) > max_nudge))) = 0)`;
  // nudged within templateNudgeShare alone, the zero lines kept zero: what two honest patients' bills are not. Beyond it
  // (a flat sum up to 2% of the bill, a line nudged to zero) a pair is no proof alone: two honest stays of one service
  // at a generated hospital fall within 2% of their bill line by line (templateNudgeRupiah: 23 such pairs on the 150k-member
  // extract, each alone; their lines vary in proportion to the line, a copier's sums do not), so it counts only in a
  // family of templateMinFamily distinct bills
  const shareNudged = `(len(list_filter(${zipped}, z -> (z[1] > 0) <> (z[2] > 0) OR (z[1] > 0 AND z[1] = z[2])
    OR abs(z[1] - z[2]) > greatest(${t.templateTolerance} * greatest(z[1], z[2]), ${t.templateNudgeShare} * greatest(billed_cost, other_billed)))) = 0)`;
  // a stay of another length: the room line compared per day (a copier prorates the template's room to the copy's
  // days, red team RT-CLONE-151), every other line within the tolerance
  const roomPerDay = `(kamar > 0 AND other_kamar > 0 AND los > 0 AND other_los > 0
      AND abs(kamar * other_los - other_kamar * los) <= ${t.templateTolerance} * greatest(kamar * other_los, other_kamar * los)
      AND len(list_filter(${zipped}, (z, k) -> k <> ${ROOM_INDEX} AND abs(z[1] - z[2]) > ${t.templateTolerance} * greatest(z[1], z[2]))) = 0)`;
  const alike = `CASE WHEN same_los THEN ${withinTolerance} OR ${nudged} ELSE ${roomPerDay} END`;
  return `
WITH s0 AS (
  SELECT c.nomor_sep, c.card_key, c.birth_date, c.facility_id, c.kode_inacbg, c.kode_dpjp, c.tgl_masuk, c.tgl_pengajuan, c.los,
    c.paid_amount, c.billed_cost, c.dx_primary, c.dx_category, c.tarif_kamar, ${claimVectorSql('c', t.maxComponentDistance)}, ${billSql('c')} AS bill,
    ${patientLinesSql('c')} AS patient_lines
  FROM fraud_claim_base c WHERE c.jenis_rawat = 1
), s AS (
  -- a claim of one of the facility's packages (fraud_flat_packages: its price across care classes, and the buckets either
  -- side of it, as CLONING reads it)
  SELECT s0.*, k.facility_id IS NOT NULL AS package FROM s0 LEFT JOIN ${FLAT_PACKAGE_TABLE} k ON k.facility_id = s0.facility_id
    AND k.kode_inacbg = s0.kode_inacbg AND k.pxs = s0.pxs AND k.package_bucket = s0.package_bucket
), joined AS (
  SELECT a.nomor_sep, a.package, a.los = b.los AS same_los, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_dpjp AS other_dpjp,
    b.tgl_masuk AS other_masuk,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier,
    a.bill, b.bill AS other_bill, a.billed_cost, b.billed_cost AS other_billed, a.los, b.los AS other_los,
    a.tarif_kamar AS kamar, b.tarif_kamar AS other_kamar,
    -- the largest difference of a line billed on both (what a line nudged to zero is measured against)
    coalesce(list_max(list_transform(list_filter(list_zip(a.bill, b.bill), z -> z[1] > 0 AND z[2] > 0), z -> abs(z[1] - z[2]))), 0) AS max_nudge,
    ${linesBilledSql('a.patient_lines', 'b.patient_lines')} >= ${t.minCopiedLines}
      AND a.birth_date IS DISTINCT FROM b.birth_date
      AND (a.dxs = b.dxs OR (a.dx_category = b.dx_category
        AND len(a.dxs) + len(b.dxs) - 2 * len(list_intersect(a.dxs, b.dxs)) <= ${t.maxSecondaryDiagnosisDifference}))
      AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, ${literal(SHARED_EVENT_ICD10)})
        AND regexp_matches(b.dx_primary, ${literal(SHARED_EVENT_ICD10)})) AS comparable
  FROM s a JOIN s b ON a.facility_id = b.facility_id AND a.kode_inacbg = b.kode_inacbg AND a.pxs = b.pxs
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.templateWindowDays} AND a.tgl_masuk + ${t.templateWindowDays} AND a.card_key <> b.card_key
), pairs AS (
  SELECT nomor_sep, package, same_los, other_sep, other_card, other_dpjp, other_masuk, other_is_earlier,
    ${alike} AS bill_alike, same_los AND ${nudged} AS bill_nudged, comparable AND (${alike}) AS copied,
    same_los AND NOT ${withinTolerance} AND NOT ${shareNudged} AS flat_only, other_bill
  FROM joined
), family AS (
  SELECT nomor_sep, count(DISTINCT other_card) FILTER (WHERE copied) AS copies,
    -- the stays alike but by flat sums only are copies in a family of distinct bills (shareNudged above)
    count(DISTINCT other_card) FILTER (WHERE copied AND NOT flat_only) AS plain_copies, count(DISTINCT other_bill) FILTER (WHERE copied) AS copied_bills,
    bool_or(copied AND other_is_earlier AND NOT flat_only) AS earlier_copy,
    count(DISTINCT other_card) FILTER (WHERE same_los AND NOT bill_alike) AS billed_otherwise,
    -- the stays a bill alike is counted among: the same length, and another length alike with its room per day
    count(DISTINCT other_card) FILTER (WHERE bill_alike) AS alike, count(DISTINCT other_card) FILTER (WHERE same_los OR bill_alike) AS stay_others,
    count(DISTINCT other_card) FILTER (WHERE copied AND bill_nudged) AS nudged,
    count(DISTINCT other_card) FILTER (WHERE copied AND NOT same_los) AS per_day,
    any_value(package) AS package,
    list(other_sep ORDER BY other_masuk, other_sep) FILTER (WHERE copied) AS originals,
    list(DISTINCT other_dpjp ORDER BY other_dpjp) FILTER (WHERE copied) AS doctors,
    min(other_masuk) FILTER (WHERE copied) AS first_masuk, max(other_masuk) FILTER (WHERE copied) AS last_masuk
  FROM pairs GROUP BY nomor_sep
  HAVING (earlier_copy OR (copies + 1 >= ${t.templateMinFamily}
      AND (plain_copies + 1 >= ${t.templateMinFamily} OR copied_bills + 1 >= ${t.templateMinFamily}))) AND (
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
  format('Every tariff component within {:.0f}% (or, billed on both, {:.0f}% of the bill or {} within {:.0f}% of it) of the bill of {} stay(s) of other patients at {} ({} to {}; same CBG and procedures, {} day(s){}; doctor(s) {}; this claim: doctor {}), {}: one bill reused as a template',
    ${t.templateTolerance} * 100, ${t.templateNudgeShare} * 100, ${rupiahSql(t.templateNudgeRupiah)}, 2 * ${t.templateNudgeShare} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los,
    CASE WHEN f.per_day > 0 THEN format(', {} of them another length, the room line within {:.0f}% per day', f.per_day, ${t.templateTolerance} * 100) ELSE '' END,
    array_to_string(f.doctors, ', '), a.kode_dpjp,
    CASE WHEN f.billed_otherwise >= ${t.templateMinOtherBills} THEN format('while {} other patients'' stays of the same service and length were billed otherwise', f.billed_otherwise)
      ELSE format('{} of them differing from this bill by small sums line by line, as no fee schedule or package does', f.nudged) END) AS evidence_en,
  format('Setiap komponen tarif selisih paling banyak {:.0f}% (atau, bila ditagih di keduanya, {:.0f}% tagihan atau {} dalam {:.0f}% tagihan) dari tagihan {} rawat inap pasien lain di {} ({} s.d. {}; CBG dan tindakan yang sama, {} hari{}; dokter {}; klaim ini: dokter {}), {}: satu tagihan dipakai ulang sebagai templat',
    ${t.templateTolerance} * 100, ${t.templateNudgeShare} * 100, ${rupiahSql(t.templateNudgeRupiah)}, 2 * ${t.templateNudgeShare} * 100, len(f.originals), a.facility_id, f.first_masuk, f.last_masuk, a.los,
    CASE WHEN f.per_day > 0 THEN format(', {} di antaranya lama rawat lain, baris kamar selisih {:.0f}% per hari', f.per_day, ${t.templateTolerance} * 100) ELSE '' END,
    array_to_string(f.doctors, ', '), a.kode_dpjp,
    CASE WHEN f.billed_otherwise >= ${t.templateMinOtherBills} THEN format('sementara {} pasien lain dengan layanan dan lama rawat yang sama ditagih berbeda', f.billed_otherwise)
      ELSE format('{} di antaranya berbeda dari tagihan ini sejumlah kecil per baris, yang tidak terjadi pada jadwal tarif atau paket', f.nudged) END) AS evidence_id
FROM s a JOIN family f USING (nomor_sep)`;
}
