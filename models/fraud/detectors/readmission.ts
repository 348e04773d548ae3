// READMISSION (DOMAIN.md section 3): a stay split into readmissions within 30 days by clinical
// group (ICD-10 category or CBG case-mix group), whatever the severity level or a swapped 4th digit,
// at the same hospital or at a sister hospital where the same doctor attends; or the first stay's
// diagnosis back as a secondary diagnosis of a stay in the same organ system, or the first stay's
// secondary diagnosis back as the primary one (the organ of an infection by its ICD-10 block:
// readmission-organ.ts); or an emergency return in the same organ system under the same doctor after a
// first stay cut short of its norm (readmission-short-stay.ts).
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { treatedPostoperativeBleedingSql } from './readmission-complication.js';
import { conditionOrganSql, sameOrganSystemSql } from './readmission-organ.js';
import { shortStayRelapseSql } from './readmission-short-stay.js';
import { stagedOperationSql } from './readmission-staged.js';
import { licensedAtSql } from './referral-letters.js';
import { stepUpSql } from './referral-pairs.js';
import { defineDetector, suspicious } from './types.js';

/**
 * Anaemias treated by a transfusion programme (ICD-10, as a regular expression): thalassaemia
 * (D56), sickle-cell disorders (D57), aplastic anaemia (D61) and myelodysplastic syndromes (D46).
 * Thalassaemia major is transfused every 2-5 weeks for life (Thalassaemia International Federation
 * guidelines, 4th ed. 2021); a stay for one of them with a transfusion (ICD-9-CM 99.0x) is a cycle of
 * that programme.
 */
const TRANSFUSION_PROGRAMME_ICD10 = '^(D46|D56|D57|D61)';
/** ICD-9-CM transfusions of a programme's cycle: whole blood (99.03), packed cells (99.04), platelets (99.05), other serum (99.07). */
const PROGRAMME_TRANSFUSION_ICD9CM = ['99.03', '99.04', '99.05', '99.07'];
/** ICD-10 sessions coded first: Z49 dialysis, Z50 rehabilitation, Z51 chemotherapy or radiotherapy. */
const PLANNED_SESSION_ICD10 = '^Z(49|50|51)';
/** ICD-10 malignant neoplasms (C00-C97) and their chemotherapy injection (ICD-9-CM 99.25). */
const MALIGNANT_NEOPLASM_ICD10 = '^C';
const CHEMOTHERAPY_ICD9CM = '99.25';
/** ICD-10 chronic kidney disease (N18) and its haemodialysis (ICD-9-CM 39.95). */
const CHRONIC_KIDNEY_DISEASE_ICD10 = '^N18';
const HAEMODIALYSIS_ICD9CM = '39.95';

/**
 * SQL: is claim `x` a session of care by protocol (a planned admission, no readmission): a session
 * coded first (Z49 dialysis, Z50 rehabilitation, Z51 chemotherapy or radiotherapy; CMS Planned
 * Readmission Algorithm v4: maintenance chemotherapy and rehabilitation are always planned), or the
 * same session coded by its condition: a transfusion of a transfusion programme's anaemia,
 * chemotherapy (ICD-9-CM 99.25) of a malignant neoplasm (C00-C97), dialysis (39.95) of chronic kidney
 * disease (N18) (the algorithm's planned procedures given for a condition that is not acute).
 */
const plannedSql = (x: string): string =>
  `(regexp_matches(${x}.dx_primary, ${literal(PLANNED_SESSION_ICD10)})
    OR (regexp_matches(${x}.dx_primary, ${literal(TRANSFUSION_PROGRAMME_ICD10)}) AND list_has_any(${x}.px_list, ${varcharList(PROGRAMME_TRANSFUSION_ICD9CM)}))
    OR (regexp_matches(${x}.dx_primary, ${literal(MALIGNANT_NEOPLASM_ICD10)}) AND list_contains(${x}.px_list, ${literal(CHEMOTHERAPY_ICD9CM)}))
    OR (regexp_matches(${x}.dx_primary, ${literal(CHRONIC_KIDNEY_DISEASE_ICD10)}) AND list_contains(${x}.px_list, ${literal(HAEMODIALYSIS_ICD9CM)})))`;

/**
 * Sepsis (ICD-10 A40-A41) as a readmission's primary diagnosis: coded first when a localised
 * infection turned systemic, the infection coded beside it (WHO ICD-10 volume 2 and the ICD-10
 * coding guidelines: sepsis sequenced before its source). A pneumonia or urinary infection that
 * comes back as sepsis is the same infection in another chapter (the CMS 30-day pneumonia
 * readmission measure counts a sepsis stay with pneumonia secondary as pneumonia since 2016).
 */
const SEPSIS_ICD10 = '^A4[01]';

/**
 * Infections that come back after a complete treatment course as a new course, not as a discharge
 * cut short: malaria (ICD-10 B50-B54). Falciparum parasites recrudesce after a full artemisinin
 * course in a share of patients (WHO, Methods for surveillance of antimalarial drug efficacy 2009:
 * parasitaemia again from day 7 to day 28 is a late treatment failure, treated with a new course;
 * such failures are documented in Papua), and vivax and ovale relapse from liver stages weeks
 * later (WHO Guidelines for malaria 2023). The return is the parasite's, not the discharge's.
 */
const RECURRENT_COURSE_ICD10 = '^B5[0-4]';

/**
 * SQL: is the readmission \`b\` the recurrence of a recurrent-course infection after stay \`o\`:
 * both coded to it, the first stay at least the CBG's norm length (the course given in full), and
 * the return from \`fromDay\` days after discharge (within the first week it is the first course
 * failing, the readmission of a discharge cut short).
 */
const recurrenceAfterFullCourseSql = (b: string, o: string, fromDay: number): string =>
  `(regexp_matches(${b}.dx_primary, ${literal(RECURRENT_COURSE_ICD10)}) AND regexp_matches(${o}.dx_primary, ${literal(RECURRENT_COURSE_ICD10)})
    AND ${o}.los_norm > 0 AND ${o}.tgl_pulang - ${o}.tgl_masuk >= ${o}.los_norm AND ${b}.tgl_masuk - ${o}.tgl_pulang >= ${fromDay})`;

/*
 * RECODED_READMISSION_NOTE. A readmission within the window whose primary diagnosis is another code
 * of the first stay's ICD-10 category (J44.1 back as J44.9, E11.6 as E11.5): the condition is the
 * same (the category), only the code a check for a readmission with the same diagnosis reads has
 * changed (red team RT-READMIT-02: COPD patients sent home early and readmitted with the 4th digit
 * swapped). Honest care changes the 4th digit too (an exacerbation, then an infection), so the
 * signal is suspicious, as the clinical-group signal it narrows; but it is that signal's rarer
 * part, so a provider's few patients with it stand further above its rate at every other facility
 * (the case rule's excess, claim-scores.ts SIGNAL_EXCESS). Measured: in the red team's base extract 2 of
 * 21 generated same-group readmissions are re-coded so (11 of 76 with the scenarios', at 5 hospitals); on
 * 150,000 generated members 101 of 518, at 15 hospitals, every one already in a case.
 */
export const READMISSION_DETECTOR = defineDetector({
  code: 'READMISSION',
  nameId: 'Readmisi berulang',
  nameEn: 'Repeated readmission',
  thresholds: {
    windowDays: { value: 30, source: 'DOMAIN.md: readmitted within 30 days with the same diagnosis cluster.' },
    minGapDays: { value: 2, source: 'Gaps of 0-1 days are one split episode (UNBUNDLING), not a readmission.' },
    recurrenceFromDay: {
      value: 7,
      source:
        'WHO, Methods for surveillance of antimalarial drug efficacy (2009): parasitaemia again from day 7 (to day 28) after a full course is a late parasitological failure, a recrudescence treated with a new course; an earlier return is the first course failing.',
    },
    shortStayRatio: {
      value: 0.75,
      source:
        'Assumption (readmission-short-stay.ts): a first stay at most three quarters of its INA-CBG norm at its severity (a day short of a 4-day group, two of a 7-day one) is cut short; red team RT-READMIT-151 sends children home at 3 of 5 days (0.6).',
    },
  },
  // A planned admission is no readmission (plannedSql): it is left out as the readmission. At the same
  // hospital, neither is a malaria's recurrence after a full course (recurrenceAfterFullCourseSql) nor the
  // booked second stage of an operation (readmission-staged.ts); nowhere the treated bleeding of an
  // operation after a full-length stay (readmission-complication.ts).
  signals: {
    same_clinical_group_readmission: suspicious('Readmission for the same clinical group', 'Rawat ulang untuk kelompok klinis yang sama'),
    index_diagnosis_returns_as_secondary: suspicious(
      "Readmission in the same organ system, or as its sepsis, with the first stay's diagnosis as a secondary diagnosis",
      'Rawat ulang pada sistem organ yang sama, atau sebagai sepsisnya, dengan diagnosis rawat pertama sebagai diagnosis sekunder',
    ),
    // suspicious, as the forward case: the condition carried beside the first stay's is now treated itself, in
    // the same organ system (a TB patient's "pneumonia" stay, then the TB again)
    secondary_diagnosis_returns_as_primary: suspicious(
      'Readmission in the same organ system for the condition coded as a secondary diagnosis of the first stay',
      'Rawat ulang pada sistem organ yang sama untuk kondisi yang menjadi diagnosis sekunder rawat pertama',
    ),
    readmission_recoded_within_category: suspicious(
      'Readmission for the same condition under another code of its ICD-10 category',
      'Rawat ulang untuk kondisi yang sama dengan kode lain dalam kategori ICD-10 yang sama',
    ),
    // suspicious: the organ system alone is weak, narrowed by a first stay cut short, an emergency return and one DPJP
    organ_readmission_after_short_stay: suspicious(
      'Emergency readmission in the same organ system, under the same doctor, after a first stay cut short of its norm',
      'Rawat ulang darurat pada sistem organ yang sama, oleh dokter yang sama, setelah rawat pertama dipersingkat dari normanya',
    ),
    readmitted_at_sister_hospital: suspicious(
      'Readmission for the same clinical group at another hospital where a doctor of the first stay also attends',
      'Rawat ulang untuk kelompok klinis yang sama di RS lain tempat dokter rawat pertama juga praktik',
    ),
  },
  // The same clinical group is the same ICD-10 category (a swapped 4th digit is the same
  // condition) or the same CBG case-mix group at any severity (a regrouped severity is too).
  // Elsewhere, a hospital's own readmission rate hides the patients sent on to a partner: the two
  // stays are one doctor's (the same DPJP, or a DPJP of one stay licensed at the other hospital in
  // the doctor registry). A readmission to care the first hospital could not give (an operation,
  // ICU, a ventilator, a severe patient to a higher class) is a transfer for higher care, not this.
  // The same condition may also come back under another primary diagnosis (a COPD exacerbation sent home
  // early, back as pneumonia with the exacerbation coded second): the first stay's primary code among the
  // readmission's secondary diagnoses, in the same case-mix group letter (organ system), is that condition;
  // a complication in another organ (aspiration pneumonia after a stroke) is not. Sepsis coded first with the
  // first stay's infection beside it is that infection, whatever the chapter (SEPSIS_ICD10).
  sql: (t, sources) => `
SELECT b.nomor_sep, 'same_clinical_group_readmission' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Readmitted {} days after {} in the same clinical group (diagnosis {} / CBG group {})', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_category), any_value(b.cbg_base)) AS evidence_en,
  format('Dirawat lagi {} hari setelah {} pada kelompok klinis yang sama (diagnosis {} / kelompok CBG {})', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_category), any_value(b.cbg_base)) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT ${plannedSql('b')}
  AND NOT ${recurrenceAfterFullCourseSql('b', 'o', t.recurrenceFromDay)} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
  AND NOT ${stagedOperationSql('b', 'o')}
  AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category) AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep
UNION ALL
-- the same readmission re-coded: the same ICD-10 category under another code (RECODED_READMISSION_NOTE)
SELECT b.nomor_sep, 'readmission_recoded_within_category', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Readmitted {} days after {} (primary diagnosis {}) as {}: the same ICD-10 category {} under another code', min(b.tgl_masuk - p.other_pulang),
    array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), array_to_string(list(DISTINCT p.other_dx ORDER BY p.other_dx), ', '), any_value(b.dx_primary), any_value(b.dx_category)),
  format('Dirawat lagi {} hari setelah {} (diagnosis utama {}) sebagai {}: kategori ICD-10 {} yang sama dengan kode lain', min(b.tgl_masuk - p.other_pulang),
    array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), array_to_string(list(DISTINCT p.other_dx ORDER BY p.other_dx), ', '), any_value(b.dx_primary), any_value(b.dx_category))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT ${plannedSql('b')}
  AND NOT ${recurrenceAfterFullCourseSql('b', 'o', t.recurrenceFromDay)} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
  AND NOT ${stagedOperationSql('b', 'o')}
  AND p.other_dx_category = b.dx_category AND p.other_dx <> b.dx_primary AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'index_diagnosis_returns_as_secondary', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Readmitted {} days after {} (primary diagnosis {}) as {} with {} coded as a secondary diagnosis, {}',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(b.dx_primary), any_value(p.other_dx),
    CASE WHEN bool_or(${sameOrganSystemSql('o', 'b')}) THEN format('same organ system (CMG {})', any_value(${conditionOrganSql('b')})) ELSE 'the sepsis of that infection' END),
  format('Dirawat lagi {} hari setelah {} (diagnosis utama {}) sebagai {} dengan {} sebagai diagnosis sekunder, {}',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(b.dx_primary), any_value(p.other_dx),
    CASE WHEN bool_or(${sameOrganSystemSql('o', 'b')}) THEN format('sistem organ yang sama (CMG {})', any_value(${conditionOrganSql('b')})) ELSE 'sepsis dari infeksi itu' END)
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT ${plannedSql('b')}
  AND NOT ${recurrenceAfterFullCourseSql('b', 'o', t.recurrenceFromDay)} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
  AND NOT ${stagedOperationSql('b', 'o')}
  AND p.other_cbg_base <> b.cbg_base AND p.other_dx_category <> b.dx_category
  AND (${sameOrganSystemSql('o', 'b')} OR regexp_matches(b.dx_primary, ${literal(SEPSIS_ICD10)}))
  AND list_contains(b.dx_list[2:], p.other_dx) AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep
UNION ALL
-- the other way round: the first stay's secondary diagnosis is the readmission's primary, in the same organ system
SELECT b.nomor_sep, 'secondary_diagnosis_returns_as_primary', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Readmitted {} days after {} (primary diagnosis {}, with {} coded as a secondary diagnosis) for {} itself, same organ system (CMG {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(b.dx_primary), any_value(b.dx_primary), any_value(${conditionOrganSql('b')})),
  format('Dirawat lagi {} hari setelah {} (diagnosis utama {}, dengan {} sebagai diagnosis sekunder) untuk {} itu sendiri, sistem organ yang sama (CMG {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(b.dx_primary), any_value(b.dx_primary), any_value(${conditionOrganSql('b')}))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT ${plannedSql('b')}
  AND NOT ${recurrenceAfterFullCourseSql('b', 'o', t.recurrenceFromDay)} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
  AND NOT ${stagedOperationSql('b', 'o')}
  AND p.other_cbg_base <> b.cbg_base AND p.other_dx_category <> b.dx_category AND ${sameOrganSystemSql('o', 'b')}
  AND list_contains(o.dx_list[2:], b.dx_primary) AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep
UNION ALL
-- the same organ system under another group after a first stay cut short (readmission-short-stay.ts)
SELECT b.nomor_sep, 'organ_readmission_after_short_stay', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Readmitted {} days after {} (primary diagnosis {}, {} days against a norm of {}) through the emergency department as {}, same doctor {}, same organ system (CMG {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(o.tgl_pulang - o.tgl_masuk),
    any_value(o.los_norm), any_value(b.dx_primary), any_value(b.kode_dpjp), any_value(${conditionOrganSql('b')})),
  format('Dirawat lagi {} hari setelah {} (diagnosis utama {}, {} hari dari norma {}) lewat IGD sebagai {}, dokter yang sama {}, sistem organ yang sama (CMG {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), any_value(p.other_dx), any_value(o.tgl_pulang - o.tgl_masuk),
    any_value(o.los_norm), any_value(b.dx_primary), any_value(b.kode_dpjp), any_value(${conditionOrganSql('b')}))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT ${plannedSql('b')}
  AND NOT ${recurrenceAfterFullCourseSql('b', 'o', t.recurrenceFromDay)} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
  AND NOT ${stagedOperationSql('b', 'o')} AND ${shortStayRelapseSql('b', 'o', t.shortStayRatio)} AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep
UNION ALL
SELECT nomor_sep, 'readmitted_at_sister_hospital', any_value(paid_amount), list(other_sep ORDER BY other_sep),
  format('Readmitted at {} {} days after {} at {} in the same clinical group (diagnosis {} / CBG group {}); doctor {} attends at both hospitals',
    any_value(facility_id), min(gap), array_to_string(list(other_sep ORDER BY other_sep), ', '), array_to_string(list(DISTINCT other_facility ORDER BY other_facility), ', '),
    any_value(dx_category), any_value(cbg_base), array_to_string(list(DISTINCT shared_doctor ORDER BY shared_doctor), ', ')),
  format('Dirawat lagi di {} {} hari setelah {} di {} pada kelompok klinis yang sama (diagnosis {} / kelompok CBG {}); dokter {} praktik di kedua RS',
    any_value(facility_id), min(gap), array_to_string(list(other_sep ORDER BY other_sep), ', '), array_to_string(list(DISTINCT other_facility ORDER BY other_facility), ', '),
    any_value(dx_category), any_value(cbg_base), array_to_string(list(DISTINCT shared_doctor ORDER BY shared_doctor), ', '))
FROM (
  SELECT b.nomor_sep, b.paid_amount, b.facility_id, b.dx_category, b.cbg_base, o.nomor_sep AS other_sep, o.facility_id AS other_facility,
    (b.tgl_masuk - o.tgl_pulang)::INTEGER AS gap,
    CASE WHEN o.kode_dpjp = b.kode_dpjp OR coalesce(${licensedAtSql('db', 'o.facility_id')}, false) THEN b.kode_dpjp ELSE o.kode_dpjp END AS shared_doctor
  FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
    LEFT JOIN ${sources.doctors} db ON db.doctor_id = b.kode_dpjp LEFT JOIN ${sources.doctors} dor ON dor.doctor_id = o.kode_dpjp
  WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility <> b.facility_id AND NOT ${plannedSql('b')}
    AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category) AND p.other_masuk < b.tgl_masuk
    AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
    AND p.other_discharge_status <> 4 AND NOT ${stepUpSql('o', 'b')} AND NOT ${treatedPostoperativeBleedingSql('b', 'o')}
    AND (o.kode_dpjp = b.kode_dpjp OR coalesce(${licensedAtSql('db', 'o.facility_id')}, false) OR coalesce(${licensedAtSql('dor', 'b.facility_id')}, false))
)
GROUP BY nomor_sep`,
});
