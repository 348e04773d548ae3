// CLONING: a claim copied from another patient's (DOMAIN.md: near-identical diagnosis, procedure
// and tariff vectors across patients, same doctor or day), found among the claims of one facility,
// or of a sister facility of the same regency, within weeks: the same CBG, procedures and
// diagnoses (a stay: all but one, the primary kept in its ICD-10 category), and a bill that is the
// other's: tariff components within a small distance, or the patient's own lines (drugs, tests,
// consumables) copied with at most one edited. Flat-fee packages are billed identically by design
// and set aside, unless the vector is new and bursts far above its own rate (copies of a template).
// The extract names no owner group, so the sister hospitals one owner would copy between are
// taken to be those of the regency (assumption: an owner's second hospital is in the same city).
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { FLAT_PACKAGE_TABLE, claimVectorSql } from './distributions.js';
import { defineDetector, suspicious } from './types.js';

/**
 * Primary diagnoses one event gives many people at once: ICD-10 injuries, burns, poisonings and
 * effects of external causes (S00-T79; complications of care, T80-T98, are no event) and
 * bacterial foodborne intoxication (A05). A crash, a fire or a shared meal brings patients with
 * alike stays to one hospital within a day, alike by nature, not copied.
 */
const SHARED_EVENT_ICD10 = '^(S|T[0-7]|A05)';

/**
 * The bill lines that follow the patient, not the facility's fee schedule: what was given and
 * tested (drugs, chronic and chemotherapy drugs, consumables, devices, laboratory, radiology,
 * support services, blood). Room, nursing, consultation and procedure fees are priced per day or
 * per act and may honestly be equal to the rupiah; two patients' doses and tests are not.
 */
const PATIENT_LINES = [
  'tarif_obat',
  'tarif_obat_kronis',
  'tarif_obat_kemoterapi',
  'tarif_bmhp',
  'tarif_alkes',
  'tarif_laboratorium',
  'tarif_radiologi',
  'tarif_penunjang',
  'tarif_pelayanan_darah',
] as const;

/** SQL: the regency of a facility (the first four characters of its kode PPK: SCHEMA.md facilities.facility_id). */
const regencySql = (facility: string): string => `left(${facility}, 4)`;

/** Sum of absolute differences of the 18 tariff components of claims a and b. */
const componentDistance = (a: string, b: string): string => `(${TARIFF_COMPONENTS.map(([c]) => `abs(${a}.${c} - ${b}.${c})`).join(' + ')})`;

export const CLONING_DETECTOR = defineDetector({
  code: 'CLONING',
  nameId: 'Penjiplakan klaim dari pasien lain',
  nameEn: 'Claim cloned from another patient',
  thresholds: {
    windowDays: {
      value: 28,
      source:
        'Assumption: a clone is copied from a recent claim of the same facility while the template lies at hand; four weeks covers copies spread over weeks of submissions, across days and doctors (DOMAIN.md: "same doctor or day" widened to a window; two weeks missed copies made weekly). On a 17,841-claim generated extract no pair of one facility, CBG and procedures within 42 days has more than half its patient lines within 3% unless copied; but honest stays of one severe condition can be billed alike by a fee schedule (red team RT-NM-SEVERE-01: three ICU pneumonias billed to the rupiah alike 32 and 34 days apart), so the window stays under a month. Arrival loads the facility\'s claims of the CBG within it.',
    },
    burstWindowDays: {
      value: 14,
      source:
        'Assumption: the window a flat-fee package vector is counted in to tell a burst of copies from its standing rate (two weeks: copies of a template entered day after day; the burst thresholds below were measured with it).',
    },
    maxComponentDistance: {
      value: 0.02,
      source:
        'Assumption: two honest claims of the same CBG differ in their 18 tariff components by far more than 2% of the bill; a copy differs by rounding or one edited component.',
    },
    packageMinPatients: {
      value: 8,
      source:
        'Assumption: an outpatient claim vector (CBG, diagnoses, procedures, bill) that 8 or more patients share at a facility is a flat-fee package (physiotherapy, haemodialysis, chemotherapy cycles), billed identically by design (fraud_flat_packages), unless it reached that many patients in one burst (below).',
    },
    maxSecondaryDiagnosisDifference: {
      value: 2,
      source:
        "Assumption (DOMAIN.md: near-identical vectors): a copier varies what is cheap to vary, a harmless secondary diagnosis that changes neither group nor severity; two stays with the same primary diagnosis category, procedures and bill are one bill whatever one diagnosis says (one swapped, a secondary or the primary for a sibling code of its ICD-10 category, A09 for A08.4: 2 codes in either list only; the CBG is the same). Stays only: a stay's bill records its own days, room and drugs, while outpatient bills are small and standard (a package's patients differ in their secondaries).",
    },
    lineTolerance: {
      value: 0.03,
      source:
        "Assumption: a copier nudges copied amounts by a few percent to pass a duplicate check (red team RT-CLONE-02: 1-2%); a patient line within 3% of the other claim's is copied. Honest lines of two patients fall within 3% of each other about one time in twenty each (measured: 2-3 of 7 lines by chance, never 6).",
    },
    minCopiedLines: {
      value: 3,
      source:
        'Assumption: three or more patient lines (drugs, consumables, laboratory...) copied is a bill, not a coincidence; fewer billed lines leave too little to compare (a visit billed for one drug).',
    },
    maxEditedLines: {
      value: 1,
      source:
        'Assumption (brief: "small amount changes"): a copier edits one line of a bill (the drugs) and keeps the rest; a near-identical bill must keep all patient lines but this one too. A stay may be matched on its patient lines alone (room and nursing for another length of stay), with its intensive care and ventilation the template\'s; outpatient bills are small and standard, compared as whole bills only. Patient lines that packageMinPatients patients of the facility share within the window are a clinical pathway billed as a package (the same kit, panel and drugs for everyone), not a copy.',
    },
    burstRatio: {
      value: 4,
      source:
        "Assumption: a package is a facility's standing bill, billed from then on at its own rate, in clusters at times (a course of sessions, a group); a vector first billed at the facility at most two windows before (the burst began it) that reached packageMinPatients patients there at 4 times or more its own rate over the rest of its span was not set up as a package but copied in a burst. A vector with a history before the window is a package whatever its clusters (measured: honest flat-fee packages of a 140,632-claim generated extract reach 5x their own rate in a month).",
    },
    burstZ: {
      value: 3,
      source:
        'Poisson excess of the window claims over the expected, z >= 3 (the provider-pattern test of detectors/patterns.ts excessSql).',
    },
    burstMinDays: {
      value: 3,
      source:
        'Assumption: identical bills for many patients on one or two days are a scheduled session the package is made for (a screening day, group therapy); copies are entered day after day to pass as ordinary visits, so a burst spans at least 3 distinct days.',
    },
  },
  signals: {
    near_identical_claim_other_patient: suspicious('Near-identical claim of another patient', 'Klaim nyaris identik dengan pasien lain'),
    bill_lines_copied_other_patient: suspicious(
      "Another patient's drug, test and consumable lines copied",
      'Rincian obat, pemeriksaan dan BMHP pasien lain disalin',
    ),
    claim_copied_at_sister_facility: suspicious(
      "Claim copied from another patient's at a facility of the same regency",
      'Klaim disalin dari klaim pasien lain di faskes lain sekabupaten/kota',
    ),
  },
  // Within one facility (or a sister facility of its regency) and window: the same CBG, the same sorted diagnoses and
  // procedures, and a bill copied (tariff components within a small distance, or the patient lines copied but one). The
  // copy is the later submission. An outpatient vector many patients share at the facility is a package, not a clone,
  // unless it is new at the facility and its claims around this one burst far above its own rate over the rest of its
  // span (a package is a standing bill; copies of a template arrive in a burst); a package is never compared across
  // facilities (a regency's hospitals may share one fee schedule). Patients born the same day (twins, admitted together)
  // and patients of one event (injured or poisoned together, admitted within a day) are alike by nature.
  sql: (t) => `
WITH vec AS (
  SELECT *,
    -- patients whose stays of the CBG at the facility carry these very patient lines within the window: a clinical
    -- pathway billed as a package (the same kit, panel and drugs for everyone) when many do
    count(DISTINCT card_key) OVER (PARTITION BY facility_id, kode_inacbg, patient_lines ORDER BY tgl_masuk
      RANGE BETWEEN INTERVAL ${t.windowDays} DAYS PRECEDING AND INTERVAL ${t.windowDays} DAYS FOLLOWING) AS line_sharers
  FROM (
    SELECT b.*, ${claimVectorSql('b', t.maxComponentDistance)}, ${regencySql('b.facility_id')} AS regency,
      [${PATIENT_LINES.map((c) => `b.${c}`).join(', ')}]::BIGINT[] AS patient_lines
    FROM fraud_claim_base b
  )
), pkg AS (
  SELECT x.nomor_sep, k.claims AS vector_claims, k.first_masuk, k.last_masuk, k.observed_from, x.tgl_masuk,
    count(DISTINCT x.card_key) OVER w AS window_patients, count(*) OVER w AS window_claims, count(DISTINCT x.tgl_masuk) OVER w AS window_days
  FROM vec x JOIN ${FLAT_PACKAGE_TABLE} k ON k.facility_id = x.facility_id AND k.kode_inacbg = x.kode_inacbg AND k.dxs = x.dxs AND k.pxs = x.pxs
    AND k.cost_bucket = x.cost_bucket AND x.jenis_rawat = 2
  WINDOW w AS (PARTITION BY x.facility_id, x.kode_inacbg, x.dxs, x.pxs, x.cost_bucket ORDER BY x.tgl_masuk
    RANGE BETWEEN INTERVAL ${t.burstWindowDays} DAYS PRECEDING AND INTERVAL ${t.burstWindowDays} DAYS FOLLOWING)
), burst AS (
  -- a new vector: first billed at the facility at most two windows before this claim, so the burst this claim belongs
  -- to is where the vector began (and not merely first seen where the observed period starts); its window's expected
  -- claims at the vector's own rate over the rest of its span
  SELECT *, first_masuk >= tgl_masuk - ${2 * t.burstWindowDays} AND first_masuk > observed_from + ${t.burstWindowDays} AS new_vector,
    greatest(vector_claims - window_claims, 0) * ${2 * t.burstWindowDays + 1} / greatest(last_masuk - first_masuk + 1 - ${2 * t.burstWindowDays + 1}, ${2 * t.burstWindowDays + 1}) AS expected_claims
  FROM pkg
), v AS (
  SELECT vec.*, bu.nomor_sep IS NOT NULL AS package, bu.window_patients, bu.window_days, bu.expected_claims,
    coalesce(bu.new_vector AND bu.window_patients >= ${t.packageMinPatients} AND bu.window_days >= ${t.burstMinDays}
      AND bu.window_claims >= ${t.burstRatio} * bu.expected_claims AND (bu.window_claims - bu.expected_claims) / sqrt(greatest(bu.expected_claims, 0.5)) >= ${t.burstZ}, false) AS burst
  FROM vec LEFT JOIN burst bu USING (nomor_sep)
), candidates AS (
  -- a package claim is judged only in a burst around it, and is an original only of a claim of the same vector in
  -- that burst: each claim's verdict reads its own window alone (what arrival loads for a claim)
  SELECT a.nomor_sep, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_dpjp AS other_dpjp, b.tgl_masuk AS other_masuk,
    b.facility_id AS other_facility, a.facility_id <> b.facility_id AS sister_facility,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier,
    a.dxs = b.dxs AS same_diagnoses, a.dx_primary = b.dx_primary AS same_primary,
    b.cost_bucket BETWEEN a.cost_bucket - 1 AND a.cost_bucket + 1
      AND ${componentDistance('a', 'b')} <= ${t.maxComponentDistance} * greatest(a.billed_cost, 1) AS bill_close,
    -- a copy keeps the intensive care and ventilation of its template; patients of one ward differ in them
    abs(a.tarif_rawat_intensif - b.tarif_rawat_intensif) <= ${t.lineTolerance} * greatest(a.tarif_rawat_intensif, b.tarif_rawat_intensif)
      AND abs(a.tarif_sewa_alat - b.tarif_sewa_alat) <= ${t.lineTolerance} * greatest(a.tarif_sewa_alat, b.tarif_sewa_alat) AS same_intensive_care,
    len(list_filter(list_zip(a.patient_lines, b.patient_lines), z -> z[1] > 0 OR z[2] > 0)) AS lines_billed,
    len(list_filter(list_zip(a.patient_lines, b.patient_lines), z -> z[1] > 0 AND z[2] > 0 AND abs(z[1] - z[2]) <= ${t.lineTolerance} * greatest(z[1], z[2]))) AS lines_copied,
    a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.line_sharers < ${t.packageMinPatients} AS stays_off_pathway
  FROM v a JOIN v b ON a.regency = b.regency AND a.kode_inacbg = b.kode_inacbg AND a.pxs = b.pxs
    AND (a.dxs = b.dxs OR (a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.dx_category = b.dx_category
      AND len(a.dxs) + len(b.dxs) - 2 * len(list_intersect(a.dxs, b.dxs)) <= ${t.maxSecondaryDiagnosisDifference}))
    AND a.card_key <> b.card_key AND a.birth_date IS DISTINCT FROM b.birth_date
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.windowDays} AND a.tgl_masuk + ${t.windowDays}
    AND (NOT a.package OR a.burst)
    AND (NOT b.package OR (a.burst AND b.cost_bucket = a.cost_bucket AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.burstWindowDays} AND a.tgl_masuk + ${t.burstWindowDays}))
    AND (a.facility_id = b.facility_id OR NOT (a.package OR b.package))
    AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, '${SHARED_EVENT_ICD10}')
      AND regexp_matches(b.dx_primary, '${SHARED_EVENT_ICD10}'))
), copies AS (
  -- the patient lines decide: a bill dominated by a device or a top-up falls within the distance while its drugs and
  -- tests are the patient's own (red team RT-NM-KNEES-41)
  SELECT *, lines_copied >= lines_billed - ${t.maxEditedLines} AS lines_kept FROM candidates
), pairs AS (
  SELECT *, bill_close AND lines_kept AS near_identical FROM copies
  WHERE (bill_close AND lines_kept) OR (stays_off_pathway AND same_intensive_care AND lines_kept AND lines_copied >= ${t.minCopiedLines})
), per_claim AS (
  SELECT p.nomor_sep,
    list(p.other_sep ORDER BY p.other_masuk) FILTER (WHERE p.other_is_earlier) AS originals,
    list(DISTINCT p.other_dpjp ORDER BY p.other_dpjp) FILTER (WHERE p.other_is_earlier) AS original_doctors,
    list(DISTINCT p.other_facility ORDER BY p.other_facility) FILTER (WHERE p.other_is_earlier) AS original_facilities,
    bool_and(p.same_diagnoses) FILTER (WHERE p.other_is_earlier) AS same_diagnoses,
    bool_and(p.same_primary) FILTER (WHERE p.other_is_earlier) AS same_primary,
    -- the plainest evidence names the hit: a near-identical claim of the facility, its patient lines copied, a sister facility's claim
    bool_or(NOT p.sister_facility AND p.near_identical) FILTER (WHERE p.other_is_earlier) AS any_near_identical,
    bool_or(NOT p.sister_facility) FILTER (WHERE p.other_is_earlier) AS any_same_facility,
    max(p.lines_copied) FILTER (WHERE p.other_is_earlier) AS lines_copied
  FROM pairs p GROUP BY p.nomor_sep
)
SELECT b.nomor_sep,
  CASE WHEN pc.any_near_identical THEN 'near_identical_claim_other_patient' WHEN pc.any_same_facility THEN 'bill_lines_copied_other_patient'
    ELSE 'claim_copied_at_sister_facility' END AS signal,
  b.paid_amount AS amount_at_risk, pc.originals[1:10] AS related_sep,
  format('{}, procedures and {} match {} earlier claim(s) of other patients at {} within {} days (doctor(s) {}; this claim: {}, doctor {}){}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnoses' WHEN pc.same_primary THEN 'The primary diagnosis (secondary diagnoses all but one)'
      ELSE 'The diagnoses but one (the primary another code of its category)' END,
    CASE WHEN pc.any_near_identical THEN format('tariff components (within {:.0f}%)', ${t.maxComponentDistance} * 100)
      ELSE format('{} drug, test and consumable lines (within {:.0f}%)', pc.lines_copied, ${t.lineTolerance} * 100) END,
    len(pc.originals), array_to_string(pc.original_facilities, ', '), ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.facility_id, b.kode_dpjp,
    CASE WHEN b.burst THEN format('; the bill went to {} patients on {} days within {} days of this claim, {:.1f} claims expected at its usual rate: a burst, not a package',
      b.window_patients, b.window_days, ${t.burstWindowDays}, b.expected_claims) ELSE '' END) AS evidence_en,
  format('{}, tindakan dan {} sama dengan {} klaim pasien lain yang lebih dulu di {} dalam {} hari (dokter {}; klaim ini: {}, dokter {}){}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnosis' WHEN pc.same_primary THEN 'Diagnosis utama (diagnosis sekunder kecuali satu)'
      ELSE 'Diagnosis kecuali satu (diagnosis utama kode lain dari kategorinya)' END,
    CASE WHEN pc.any_near_identical THEN format('komponen tarif (selisih {:.0f}%)', ${t.maxComponentDistance} * 100)
      ELSE format('{} rincian obat, pemeriksaan dan BMHP (selisih {:.0f}%)', pc.lines_copied, ${t.lineTolerance} * 100) END,
    len(pc.originals), array_to_string(pc.original_facilities, ', '), ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.facility_id, b.kode_dpjp,
    CASE WHEN b.burst THEN format('; tagihan ini dipakai {} pasien pada {} hari dalam {} hari dari klaim ini, {:.1f} klaim diharapkan pada laju biasanya: lonjakan, bukan paket',
      b.window_patients, b.window_days, ${t.burstWindowDays}, b.expected_claims) ELSE '' END) AS evidence_id
FROM v b JOIN per_claim pc USING (nomor_sep)
WHERE len(pc.originals) > 0`,
});
