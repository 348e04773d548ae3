// CLONING: a claim copied from another patient's (DOMAIN.md: near-identical diagnosis, procedure
// and tariff vectors across patients, same doctor or day), found among the claims of one facility
// within a window: the same CBG, procedures and diagnoses (a stay: all but one secondary), tariff
// components within a small distance. Flat-fee packages are billed identically by design and set
// aside, unless the vector is new and bursts far above its own rate (copies of a template).
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

/** Sum of absolute differences of the 18 tariff components of claims a and b. */
const componentDistance = (a: string, b: string): string => `(${TARIFF_COMPONENTS.map(([c]) => `abs(${a}.${c} - ${b}.${c})`).join(' + ')})`;

export const CLONING_DETECTOR = defineDetector({
  code: 'CLONING',
  nameId: 'Penjiplakan klaim dari pasien lain',
  nameEn: 'Claim cloned from another patient',
  thresholds: {
    windowDays: {
      value: 14,
      source:
        'Assumption: a clone is copied from a recent claim of the same facility; two weeks covers copying across days and doctors (DOMAIN.md: "same doctor or day" widened to a window).',
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
        "Assumption (DOMAIN.md: near-identical vectors): a copier varies what is cheap to vary, a harmless secondary diagnosis that changes neither group nor severity; two stays with the same primary diagnosis, procedures and 18 tariff components within 2% are one bill whatever one secondary says (one swapped: 2 codes in either list only). Stays only: a stay's bill records its own days, room and drugs, while outpatient bills are small and standard (a package's patients differ in their secondaries).",
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
  },
  // Within one facility and window: the same CBG, the same sorted diagnoses and procedures, and
  // tariff components within a small distance. The copy is the later submission. An outpatient
  // vector many patients share at the facility is a package, not a clone, unless it is new at the
  // facility and its claims around this one burst far above its own rate over the rest of its span
  // (a package is a standing bill; copies of a template arrive in a burst). Patients born the same day (twins, admitted together)
  // and patients of one event (injured or poisoned together, admitted within a day) are alike by nature.
  sql: (t) => `
WITH vec AS (
  SELECT b.*, ${claimVectorSql('b', t.maxComponentDistance)} FROM fraud_claim_base b
), pkg AS (
  SELECT x.nomor_sep, k.claims AS vector_claims, k.first_masuk, k.last_masuk, k.observed_from, x.tgl_masuk,
    count(DISTINCT x.card_key) OVER w AS window_patients, count(*) OVER w AS window_claims, count(DISTINCT x.tgl_masuk) OVER w AS window_days
  FROM vec x JOIN ${FLAT_PACKAGE_TABLE} k ON k.facility_id = x.facility_id AND k.kode_inacbg = x.kode_inacbg AND k.dxs = x.dxs AND k.pxs = x.pxs
    AND k.cost_bucket = x.cost_bucket AND x.jenis_rawat = 2
  WINDOW w AS (PARTITION BY x.facility_id, x.kode_inacbg, x.dxs, x.pxs, x.cost_bucket ORDER BY x.tgl_masuk
    RANGE BETWEEN INTERVAL ${t.windowDays} DAYS PRECEDING AND INTERVAL ${t.windowDays} DAYS FOLLOWING)
), burst AS (
  -- a new vector: first billed at the facility at most two windows before this claim, so the burst this claim belongs
  -- to is where the vector began (and not merely first seen where the observed period starts); its window's expected
  -- claims at the vector's own rate over the rest of its span
  SELECT *, first_masuk >= tgl_masuk - ${2 * t.windowDays} AND first_masuk > observed_from + ${t.windowDays} AS new_vector,
    greatest(vector_claims - window_claims, 0) * ${2 * t.windowDays + 1} / greatest(last_masuk - first_masuk + 1 - ${2 * t.windowDays + 1}, ${2 * t.windowDays + 1}) AS expected_claims
  FROM pkg
), v AS (
  SELECT vec.*, bu.nomor_sep IS NOT NULL AS package, bu.window_patients, bu.window_days, bu.expected_claims,
    coalesce(bu.new_vector AND bu.window_patients >= ${t.packageMinPatients} AND bu.window_days >= ${t.burstMinDays}
      AND bu.window_claims >= ${t.burstRatio} * bu.expected_claims AND (bu.window_claims - bu.expected_claims) / sqrt(greatest(bu.expected_claims, 0.5)) >= ${t.burstZ}, false) AS burst
  FROM vec LEFT JOIN burst bu USING (nomor_sep)
), pairs AS (
  -- a package claim is judged only in a burst around it, and is an original only of a claim of the same vector in
  -- that burst: each claim's verdict reads its own window alone (what arrival loads for a claim)
  SELECT a.nomor_sep, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_dpjp AS other_dpjp, b.tgl_masuk AS other_masuk,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier,
    a.dxs = b.dxs AS same_diagnoses
  FROM v a JOIN v b ON a.facility_id = b.facility_id AND a.kode_inacbg = b.kode_inacbg AND a.pxs = b.pxs
    AND (a.dxs = b.dxs OR (a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND a.dx_primary = b.dx_primary
      AND len(a.dxs) + len(b.dxs) - 2 * len(list_intersect(a.dxs, b.dxs)) <= ${t.maxSecondaryDiagnosisDifference}))
    AND b.cost_bucket BETWEEN a.cost_bucket - 1 AND a.cost_bucket + 1 AND a.card_key <> b.card_key AND a.birth_date IS DISTINCT FROM b.birth_date
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.windowDays} AND a.tgl_masuk + ${t.windowDays}
    AND (NOT a.package OR a.burst) AND (NOT b.package OR (a.burst AND b.cost_bucket = a.cost_bucket))
    AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, '${SHARED_EVENT_ICD10}')
      AND regexp_matches(b.dx_primary, '${SHARED_EVENT_ICD10}'))
  WHERE ${componentDistance('a', 'b')} <= ${t.maxComponentDistance} * greatest(a.billed_cost, 1)
), per_claim AS (
  SELECT p.nomor_sep,
    list(p.other_sep ORDER BY p.other_masuk) FILTER (WHERE p.other_is_earlier) AS originals,
    list(DISTINCT p.other_dpjp ORDER BY p.other_dpjp) FILTER (WHERE p.other_is_earlier) AS original_doctors,
    bool_and(p.same_diagnoses) FILTER (WHERE p.other_is_earlier) AS same_diagnoses
  FROM pairs p GROUP BY p.nomor_sep
)
SELECT b.nomor_sep, 'near_identical_claim_other_patient' AS signal, b.paid_amount AS amount_at_risk, pc.originals[1:10] AS related_sep,
  format('{}, procedures and tariff components (within {:.0f}%) match {} earlier claim(s) of other patients at {} within {} days (doctor(s) {}; this claim doctor {}){}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnoses' ELSE 'The primary diagnosis (secondary diagnoses all but one)' END, ${t.maxComponentDistance} * 100, len(pc.originals), b.facility_id, ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.kode_dpjp,
    CASE WHEN b.burst THEN format('; the bill went to {} patients on {} days within {} days of this claim, {:.1f} claims expected at its usual rate: a burst, not a package',
      b.window_patients, b.window_days, ${t.windowDays}, b.expected_claims) ELSE '' END) AS evidence_en,
  format('{}, tindakan dan komponen tarif (selisih {:.0f}%) sama dengan {} klaim pasien lain yang lebih dulu di {} dalam {} hari (dokter {}; dokter klaim ini {}){}',
    CASE WHEN pc.same_diagnoses THEN 'Diagnosis' ELSE 'Diagnosis utama (diagnosis sekunder kecuali satu)' END, ${t.maxComponentDistance} * 100, len(pc.originals), b.facility_id, ${t.windowDays}, array_to_string(pc.original_doctors, ', '), b.kode_dpjp,
    CASE WHEN b.burst THEN format('; tagihan ini dipakai {} pasien pada {} hari dalam {} hari dari klaim ini, {:.1f} klaim diharapkan pada laju biasanya: lonjakan, bukan paket',
      b.window_patients, b.window_days, ${t.windowDays}, b.expected_claims) ELSE '' END) AS evidence_id
FROM v b JOIN per_claim pc USING (nomor_sep)
WHERE len(pc.originals) > 0`,
});
