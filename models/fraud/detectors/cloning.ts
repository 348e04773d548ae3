// CLONING: a claim copied from another patient's (DOMAIN.md: near-identical diagnosis, procedure
// and tariff vectors across patients, same doctor or day), found among the claims of one facility
// and its sister hospitals within weeks: the same CBG, procedures and diagnoses (a stay: all but
// one, the primary kept in its ICD-10 category), and a bill that is the other's: tariff
// components within a small distance, the same bill in proportion (a stay's bill rescaled, as by
// the care-class tariff ratio), or the patient's own lines (drugs, tests, consumables) copied with
// at most one edited. Flat-fee packages (a facility's price for a service, counted across care
// classes) are billed identically by design and set aside, unless the package is new and bursts
// far above its own rate (copies of a template). The extract names no owner group: the sister
// hospitals one owner would copy between are those of the regency and, for bills alike as
// amounts, hospitals linked by a licensed doctor or a short distance (clone-sisters.ts); an
// original there is a hit of its own, beside the one an original at the facility makes. Over
// months, a stay's bill reused as a template for other patients is read as a family
// (clone-templates.ts); a stay's bill reused to the rupiah on stays of other INA-CBG groups, which
// no comparison within a CBG sees (clone-groups.ts); a discharge summary pasted for several
// patients, the whole diagnosis list and procedures alike while each bill is their own
// (clone-records.ts).
import { literal } from '../../../data-samples/sql/index.js';
import { componentDistanceSql, linesBilledSql, linesCopiedSql, patientLinesSql, shareDistanceSql } from './clone-bills.js';
import { crossGroupCopiesSql } from './clone-groups.js';
import { copiedRecordSql } from './clone-records.js';
import { CLAIM_FACILITIES, regencySql, sisterLinksSql } from './clone-sisters.js';
import { SHARED_EVENT_ICD10, templateCopiesSql } from './clone-templates.js';
import { CLONING_THRESHOLDS } from './clone-thresholds.js';
import { FLAT_PACKAGE_TABLE, claimVectorSql } from './distributions.js';
import { defineDetector, suspicious } from './types.js';

/**
 * The drug lines of a bill, the patient's own on an outpatient claim and on a stay compared with
 * another hospital's. Measured on 150,000 generated members: of 252 outpatient near-identical hits
 * (5 facilities), 1 differs from its first original in the drug line.
 */
const DRUG_LINES = ['tarif_obat', 'tarif_obat_kronis', 'tarif_obat_kemoterapi'] as const;

export const CLONING_DETECTOR = defineDetector({
  code: 'CLONING',
  nameId: 'Penjiplakan klaim dari pasien lain',
  nameEn: 'Claim cloned from another patient',
  thresholds: CLONING_THRESHOLDS,
  signals: {
    near_identical_claim_other_patient: suspicious('Near-identical claim of another patient', 'Klaim nyaris identik dengan pasien lain'),
    bill_lines_copied_other_patient: suspicious(
      "Another patient's drug, test and consumable lines copied",
      'Rincian obat, pemeriksaan dan BMHP pasien lain disalin',
    ),
    claim_copied_in_proportion: suspicious(
      "Another patient's bill copied in proportion (every component rescaled by one factor)",
      'Tagihan pasien lain disalin secara proporsional (semua komponen dikali satu faktor)',
    ),
    bill_total_copied_other_patient: suspicious(
      "Another patient's bill total copied to the rupiah, split differently between its lines",
      'Total tagihan pasien lain disalin sampai rupiah, dengan pembagian rincian berbeda',
    ),
    bill_template_reused: suspicious(
      "Another patient's bill reused over months as a template (every component within a few per cent)",
      'Tagihan pasien lain dipakai ulang berbulan-bulan sebagai templat (setiap komponen selisih beberapa persen)',
    ),
    bill_reused_across_groups: suspicious(
      "Another patient's itemised bill reused on a stay of another INA-CBG group (every component equal to its Rp100 rounding)",
      'Tagihan rinci pasien lain dipakai ulang untuk rawat inap kelompok INA-CBG lain (setiap komponen sama sampai pembulatan Rp100)',
    ),
    medical_record_copied_other_patients: suspicious(
      "Another patient's whole diagnosis list and procedures copied (a discharge summary pasted)",
      'Seluruh daftar diagnosis dan tindakan pasien lain disalin (resume medis ditempel)',
    ),
    claim_copied_at_sister_facility: suspicious(
      "Claim copied from another patient's at a sister hospital (same regency, a shared doctor or nearby)",
      'Klaim disalin dari klaim pasien lain di RS saudara (sekabupaten/kota, dokter yang sama, atau berdekatan)',
    ),
  },
  // Within one facility and its sister hospitals and the window: the same CBG, the same sorted diagnoses and procedures,
  // and a bill copied (tariff components within a small distance, a stay's in proportion, or the patient lines copied
  // but one). The copy is the later submission. A service many patients are billed alike for at the facility is a
  // package, not a clone, unless it is new there and its claims around this one burst far above its own rate over the
  // rest of its span (a package is a standing price; copies of a template arrive in a burst); a package is never
  // compared across facilities (a regency's hospitals may share one fee schedule). Patients born the same day (twins,
  // admitted together) and patients of one event (injured or poisoned together, admitted within a day) are alike by nature.
  sql: (t, sources) => {
    // what a claim `a` is judged on against another claim `b`, and which pairs are compared at all: a package claim is
    // judged only in a burst around it, and is an original only of a claim of the same package in that burst (each
    // claim's verdict reads its own window alone, what arrival loads for a claim)
    const pairColumns = `a.nomor_sep, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_dpjp AS other_dpjp, b.tgl_masuk AS other_masuk,
    b.facility_id AS other_facility, a.facility_id <> b.facility_id AS sister_facility, a.regency <> b.regency AS linked_sister,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier,
    a.dxs = b.dxs AS same_diagnoses, a.dx_primary = b.dx_primary AS same_primary,
    b.cost_bucket BETWEEN a.cost_bucket - 1 AND a.cost_bucket + 1
      AND ${componentDistanceSql('a', 'b')} <= ${t.maxComponentDistance} * greatest(a.billed_cost, 1) AS bill_close,
    -- a stay rescaled at its facility: every component's share of the bill kept, the patient lines scaled by the bills' ratio
    a.facility_id = b.facility_id AND a.jenis_rawat = 1 AND b.jenis_rawat = 1
      AND ${shareDistanceSql('a', 'b')} <= ${t.maxShareDistance} AS bill_in_proportion,
    a.billed_cost / greatest(b.billed_cost, 1) AS bill_ratio,
    -- a copy keeps the intensive care and ventilation of its template; patients of one ward differ in them
    abs(a.tarif_rawat_intensif - b.tarif_rawat_intensif) <= ${t.lineTolerance} * greatest(a.tarif_rawat_intensif, b.tarif_rawat_intensif)
      AND abs(a.tarif_sewa_alat - b.tarif_sewa_alat) <= ${t.lineTolerance} * greatest(a.tarif_sewa_alat, b.tarif_sewa_alat) AS same_intensive_care,
    ${linesBilledSql('a.patient_lines', 'b.patient_lines')} AS lines_billed,
    ${linesCopiedSql('a.patient_lines', 'b.patient_lines', t.lineTolerance)} AS lines_copied,
    ${linesCopiedSql('a.patient_lines', 'b.patient_lines', t.lineTolerance, '(a.billed_cost / greatest(b.billed_cost, 1))')} AS lines_in_proportion,
    a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.line_sharers < ${t.packageMinPatients} AS stays_off_pathway,
    -- an outpatient bill is the facility's price list for the service and the patient's own drugs (a dose by weight,
    -- a prescription): outpatient bills alike but in the drugs are one service's price (red team RT-NM-DIALYSIS-81:
    -- a dialysis unit's session, each patient's own erythropoietin dose), copies keep the drugs too. So is a stay of a
    -- common condition at two hospitals of one regency: one regional fee schedule prices its pathway's tests and
    -- consumables alike to the rupiah, the drugs are dosed for the patient (red team RT-NM-KKLATER-01: a worker's dengue
    -- stay and a child's at the city's other hospital, every line equal but the drugs); a sister hospital's copy is the
    -- template itself (sisterFacilityKm), its drugs kept
    (a.jenis_rawat = 1 AND a.facility_id = b.facility_id)
      OR (${DRUG_LINES.map((c) => `abs(a.${c} - b.${c}) <= ${t.lineTolerance} * greatest(a.${c}, b.${c})`).join(' AND ')}) AS drugs_kept,
    -- a stay's itemised total to the rupiah, split otherwise (equal splits are bill_close); a bill equal to the INA-CBG
    -- tariff is the payer's price, not the hospital's itemised total
    a.facility_id = b.facility_id AND a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.billed_cost = b.billed_cost
      AND a.billed_cost NOT IN (a.tarif_inacbg, b.tarif_inacbg) AS same_total`;
    const compared = `(a.dxs = b.dxs OR (a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.dx_category = b.dx_category
      AND len(a.dxs) + len(b.dxs) - 2 * len(list_intersect(a.dxs, b.dxs)) <= ${t.maxSecondaryDiagnosisDifference}))
    AND a.card_key <> b.card_key AND a.birth_date IS DISTINCT FROM b.birth_date
    AND (NOT a.package OR a.burst)
    AND (NOT b.package OR (a.burst AND b.package_bucket = a.package_bucket AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.burstWindowDays} AND a.tgl_masuk + ${t.burstWindowDays}))
    AND (a.facility_id = b.facility_id OR NOT (a.package OR b.package))
    AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, ${literal(SHARED_EVENT_ICD10)})
      AND regexp_matches(b.dx_primary, ${literal(SHARED_EVENT_ICD10)}))`;
    return `
WITH vec AS (
  SELECT *,
    -- patients whose stays of the CBG at the facility carry these very patient lines within the window: a clinical
    -- pathway billed as a package (the same kit, panel and drugs for everyone) when many do
    count(DISTINCT card_key) OVER (PARTITION BY facility_id, kode_inacbg, patient_lines ORDER BY tgl_masuk
      RANGE BETWEEN INTERVAL ${t.windowDays} DAYS PRECEDING AND INTERVAL ${t.windowDays} DAYS FOLLOWING) AS line_sharers
  FROM (
    SELECT b.*, ${claimVectorSql('b', t.maxComponentDistance)}, ${regencySql('b.facility_id')} AS regency, ${patientLinesSql('b')} AS patient_lines
    FROM fraud_claim_base b
  )
), pkg AS (
  SELECT x.nomor_sep, k.claims AS vector_claims, k.first_masuk, k.last_masuk, k.observed_from, x.tgl_masuk,
    count(DISTINCT x.card_key) OVER w AS window_patients, count(*) OVER w AS window_claims, count(DISTINCT x.tgl_masuk) OVER w AS window_days
  FROM vec x JOIN ${FLAT_PACKAGE_TABLE} k ON k.facility_id = x.facility_id AND k.kode_inacbg = x.kode_inacbg AND k.pxs = x.pxs
    AND k.package_bucket = x.package_bucket
  WINDOW w AS (PARTITION BY x.facility_id, x.kode_inacbg, x.pxs, x.package_bucket ORDER BY x.tgl_masuk
    RANGE BETWEEN INTERVAL ${t.burstWindowDays} DAYS PRECEDING AND INTERVAL ${t.burstWindowDays} DAYS FOLLOWING)
), burst AS (
  -- a new package: first billed at the facility at most two windows before this claim, so the burst this claim belongs
  -- to is where the package began (and not merely first seen where the observed period starts); its window's expected
  -- claims at the package's own rate over the rest of its span
  SELECT *, first_masuk >= tgl_masuk - ${2 * t.burstWindowDays} AND first_masuk > observed_from + ${t.burstWindowDays} AS new_vector,
    greatest(vector_claims - window_claims, 0) * ${2 * t.burstWindowDays + 1} / greatest(last_masuk - first_masuk + 1 - ${2 * t.burstWindowDays + 1}, ${2 * t.burstWindowDays + 1}) AS expected_claims
  FROM pkg
), v AS MATERIALIZED (
  SELECT vec.*, bu.nomor_sep IS NOT NULL AS package, bu.window_patients, bu.window_days, bu.expected_claims,
    coalesce(bu.new_vector AND bu.window_patients >= ${t.packageMinPatients} AND bu.window_days >= ${t.burstMinDays}
      AND bu.window_claims >= ${t.burstRatio} * bu.expected_claims AND (bu.window_claims - bu.expected_claims) / sqrt(greatest(bu.expected_claims, 0.5)) >= ${t.burstZ}, false) AS burst
  FROM vec LEFT JOIN burst bu USING (nomor_sep)
), links AS MATERIALIZED (
  -- hospitals of other regencies linked to a hospital of the claims (clone-sisters.ts)
  ${sisterLinksSql(CLAIM_FACILITIES, sources.doctors, t.sisterFacilityKm)}
), linked_claims AS MATERIALIZED (
  -- the claims of the hospitals with links and the buckets they are compared in, first: joined in one step with the other
  -- side, the planner paired the claims of every hospital by CBG and bucket before it read the few links (measured on
  -- 150,000 generated members: 36 of CLONING's 38 CPU seconds of candidates, for 29,900 pairs)
  SELECT a.*, l.other_facility, l.shared_doctor, l.km, a.cost_bucket + o.d AS bucket
  FROM links l JOIN v a ON a.facility_id = l.facility_id CROSS JOIN (SELECT unnest([-1, 0, 1]) AS d) o
  WHERE NOT a.package
), candidates AS (
  -- the facility and the other hospitals of its regency: every claim of the CBG and procedures within the window
  SELECT ${pairColumns}, NULL::VARCHAR AS shared_doctor, NULL::DOUBLE AS km
  FROM v a JOIN v b ON a.regency = b.regency AND a.kode_inacbg = b.kode_inacbg AND a.pxs = b.pxs
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.windowDays} AND a.tgl_masuk + ${t.windowDays}
  WHERE ${compared}
  UNION ALL
  -- linked hospitals of other regencies: only a bill alike as amounts (its cost bucket or a neighbour, an equi-join key
  -- with the linked hospital: linked_claims), never a package
  SELECT ${pairColumns}, a.shared_doctor, a.km
  FROM linked_claims a JOIN v b ON b.facility_id = a.other_facility AND b.kode_inacbg = a.kode_inacbg AND b.pxs = a.pxs AND b.cost_bucket = a.bucket
  WHERE NOT b.package AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.windowDays} AND a.tgl_masuk + ${t.windowDays}
    AND ${compared}
), copies AS (
  -- the patient lines decide: a bill dominated by a device or a top-up falls within the distance while its drugs and
  -- tests are the patient's own (red team RT-NM-KNEES-41)
  SELECT *, CASE WHEN bill_close AND lines_copied >= lines_billed - ${t.maxEditedLines} AND drugs_kept THEN 'amounts'
    WHEN NOT linked_sister AND bill_in_proportion AND lines_in_proportion >= lines_billed - ${t.maxEditedLines} THEN 'proportion'
    WHEN NOT linked_sister AND stays_off_pathway AND same_intensive_care AND drugs_kept
      AND lines_copied >= greatest(lines_billed - ${t.maxEditedLines}, ${t.minCopiedLines}) THEN 'lines'
    WHEN same_total THEN 'total'
  END AS copied_as
  FROM candidates
), pairs AS (
  SELECT *, CASE WHEN linked_sister THEN CASE WHEN shared_doctor IS NOT NULL THEN format('{} (doctor {} licensed at both)', other_facility, shared_doctor)
      ELSE format('{} ({:.0f} km away)', other_facility, km) END END AS link_en,
    CASE WHEN linked_sister THEN CASE WHEN shared_doctor IS NOT NULL THEN format('{} (dokter {} berizin praktik di keduanya)', other_facility, shared_doctor)
      ELSE format('{} ({:.0f} km)', other_facility, km) END END AS link_id
  FROM copies WHERE copied_as IS NOT NULL
), per_claim AS (
  -- one hit per scope: the claims of this facility, and those of its sister hospitals. At the facility the plainest
  -- evidence names the hit (a near-identical claim, its patient lines copied, a bill in proportion); a sister hospital's
  -- original is a hit of its own, so a scheme's copies at a facility add up to its excess of the sister signal whether or
  -- not a copy of the facility came before them (the first copy at an owner's second hospital has none)
  SELECT p.nomor_sep, p.sister_facility,
    list(p.other_sep ORDER BY p.other_masuk, p.other_sep) AS originals,
    list(DISTINCT p.other_dpjp ORDER BY p.other_dpjp) AS original_doctors,
    list(DISTINCT p.other_facility ORDER BY p.other_facility) AS original_facilities,
    list(DISTINCT p.link_en ORDER BY p.link_en) FILTER (WHERE p.link_en IS NOT NULL) AS links_en,
    list(DISTINCT p.link_id ORDER BY p.link_id) FILTER (WHERE p.link_id IS NOT NULL) AS links_id,
    bool_and(p.same_diagnoses) AS same_diagnoses, bool_and(p.same_primary) AS same_primary,
    CASE WHEN bool_or(p.copied_as = 'amounts') THEN 'amounts' WHEN bool_or(p.copied_as = 'lines') THEN 'lines'
      WHEN bool_or(p.copied_as = 'proportion') THEN 'proportion' ELSE 'total' END AS named,
    count(DISTINCT p.other_card) FILTER (WHERE p.copied_as = 'total') + 1 AS total_patients,
    max(p.lines_copied) AS lines_copied,
    min(p.bill_ratio) FILTER (WHERE p.copied_as = 'proportion') AS ratio_low, max(p.bill_ratio) FILTER (WHERE p.copied_as = 'proportion') AS ratio_high
  FROM pairs p WHERE p.other_is_earlier GROUP BY p.nomor_sep, p.sister_facility
  HAVING named <> 'total' OR total_patients >= ${t.minSameTotalPatients}
), said AS (
  SELECT pc.*,
    CASE WHEN pc.named = 'amounts' THEN format('tariff components (within {:.0f}%)', ${t.maxComponentDistance} * 100)
      WHEN pc.named = 'total' THEN 'bill total (to the rupiah, split differently between its lines)'
      WHEN pc.named = 'proportion' THEN format('tariff components in proportion (shares of the bill within {:.0f}%, this bill {:.2f}-{:.2f} times the other)', ${t.maxShareDistance} * 100, pc.ratio_low, pc.ratio_high)
      ELSE format('{} drug, test and consumable lines (within {:.0f}%)', pc.lines_copied, ${t.lineTolerance} * 100) END AS what_en,
    CASE WHEN pc.named = 'amounts' THEN format('komponen tarif (selisih {:.0f}%)', ${t.maxComponentDistance} * 100)
      WHEN pc.named = 'total' THEN 'total tagihan (sampai rupiah, dengan pembagian rincian berbeda)'
      WHEN pc.named = 'proportion' THEN format('komponen tarif secara proporsional (porsi tagihan selisih {:.0f}%, tagihan ini {:.2f}-{:.2f} kali yang lain)', ${t.maxShareDistance} * 100, pc.ratio_low, pc.ratio_high)
      ELSE format('{} rincian obat, pemeriksaan dan BMHP (selisih {:.0f}%)', pc.lines_copied, ${t.lineTolerance} * 100) END AS what_id
  FROM per_claim pc
)
SELECT b.nomor_sep,
  CASE WHEN pc.sister_facility THEN 'claim_copied_at_sister_facility' WHEN pc.named = 'amounts' THEN 'near_identical_claim_other_patient'
    WHEN pc.named = 'lines' THEN 'bill_lines_copied_other_patient' WHEN pc.named = 'total' THEN 'bill_total_copied_other_patient'
    ELSE 'claim_copied_in_proportion' END AS signal,
  b.paid_amount AS amount_at_risk, pc.originals[1:10] AS related_sep,
  format('{}, procedures and {} match {} earlier claim(s) of other patients at {} within {} days (doctor(s) {}; this claim: {}, doctor {}){}{}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnoses' WHEN pc.same_primary THEN 'The primary diagnosis (secondary diagnoses all but one)'
      ELSE 'The diagnoses but one (the primary another code of its category)' END,
    pc.what_en, len(pc.originals), array_to_string(pc.original_facilities, ', '), ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.facility_id, b.kode_dpjp,
    CASE WHEN len(pc.links_en) > 0 THEN format('; hospitals of another regency linked to this one: {}', array_to_string(pc.links_en, ', ')) ELSE '' END,
    CASE WHEN b.burst THEN format('; the bill went to {} patients on {} days within {} days of this claim, {:.1f} claims expected at its usual rate: a burst, not a package',
      b.window_patients, b.window_days, ${t.burstWindowDays}, b.expected_claims) ELSE '' END) AS evidence_en,
  format('{}, tindakan dan {} sama dengan {} klaim pasien lain yang lebih dulu di {} dalam {} hari (dokter {}; klaim ini: {}, dokter {}){}{}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnosis' WHEN pc.same_primary THEN 'Diagnosis utama (diagnosis sekunder kecuali satu)'
      ELSE 'Diagnosis kecuali satu (diagnosis utama kode lain dari kategorinya)' END,
    pc.what_id, len(pc.originals), array_to_string(pc.original_facilities, ', '), ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.facility_id, b.kode_dpjp,
    CASE WHEN len(pc.links_id) > 0 THEN format('; RS kabupaten/kota lain yang terhubung dengan RS ini: {}', array_to_string(pc.links_id, ', ')) ELSE '' END,
    CASE WHEN b.burst THEN format('; tagihan ini dipakai {} pasien pada {} hari dalam {} hari dari klaim ini, {:.1f} klaim diharapkan pada laju biasanya: lonjakan, bukan paket',
      b.window_patients, b.window_days, ${t.burstWindowDays}, b.expected_claims) ELSE '' END) AS evidence_id
FROM v b JOIN said pc USING (nomor_sep)
UNION ALL
-- a bill reused over months (clone-templates.ts), on claims the window's comparison at the facility does not name
SELECT * FROM (${templateCopiesSql(t)}) WHERE nomor_sep NOT IN (SELECT nomor_sep FROM said WHERE NOT sister_facility)
UNION ALL
-- one bill reused on stays of other groups (clone-groups.ts), which every comparison above, within one CBG, misses
SELECT * FROM (${crossGroupCopiesSql(t)})
UNION ALL
-- one discharge summary pasted for several patients (clone-records.ts), whose bills are their own
SELECT * FROM (${copiedRecordSql(t)})`;
  },
});
