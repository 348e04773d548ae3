// UNNECESSARY_TREATMENT for nausea and vomiting of pregnancy (DOMAIN.md section 3: "admission
// without medical need"). RCOG Green-top Guideline 69 (2016) treats mild hyperemesis in the
// community (advice, oral antiemetics) and, when oral treatment fails, intravenous fluids as a day
// case; it admits only for vomiting that oral antiemetics cannot stop, ketonuria or weight loss
// despite them, or a comorbidity (PUQE score and these criteria). ICD-10 O21.0 is hyperemesis
// without metabolic disturbance by definition, so an overnight stay coded O21.0 alone, with no
// metabolic disturbance, comorbidity or operation on the bill and nothing beyond what a day unit
// gives, records none of the criteria for admission.
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

/** ICD-10 O21.0: mild hyperemesis gravidarum (starting before the end of week 22, without metabolic disturbance). */
const MILD_HYPEREMESIS_ICD10 = 'O21.0';

/**
 * ICD-9-CM procedures a day unit or an antenatal clinic gives (RCOG GTG 69: intravenous fluids and
 * parenteral antiemetics as a day case; ultrasound to confirm the pregnancy and exclude a multiple or
 * molar one; blood and urine tests): 99.1x injections and infusions (99.18 electrolytes), 99.2x
 * other injections, 38.93 venous catheter, 88.7x diagnostic ultrasound, 89.xx examinations and
 * monitoring, 90.xx-91.xx laboratory. Anything else on the bill (an evacuation, a transfusion, a
 * ventilation) is care a day unit does not give, and explains the stay.
 */
const DAY_CASE_PROCEDURES_ICD9 = '^(99\\.[12]|38\\.93|88\\.7|89\\.|9[01]\\.)';

export const HYPEREMESIS_THRESHOLDS = {
  hyperemesisMaxStayDays: {
    value: 2,
    source:
      'RCOG Green-top Guideline 69 (2016): intravenous rehydration of nausea and vomiting of pregnancy is given as a day case (ambulatory care); one or two nights is what a day unit replaces. Longer stays are judged by the length-of-stay norms.',
  },
} satisfies Record<string, DetectorThreshold>;

export const HYPEREMESIS_SIGNALS = {
  mild_hyperemesis_admitted: suspicious(
    'Overnight admission for mild hyperemesis of pregnancy with no criterion for admission on the record',
    'Rawat inap untuk hiperemesis gravidarum ringan tanpa kriteria rawat inap pada catatan',
  ),
};

/**
 * SQL of the hits (HIT_COLUMNS): inpatient stays of at most hyperemesisMaxStayDays whose only
 * diagnosis is mild hyperemesis (a secondary diagnosis, a metabolic disturbance such as E86
 * dehydration or E87 electrolyte disorders, or a comorbidity, is a criterion for admission the
 * record shows), with no ICU day and no procedure beyond day-case care.
 */
export function hyperemesisAdmissionSql(t: { readonly hyperemesisMaxStayDays: number }): string {
  return `
SELECT nomor_sep, 'mild_hyperemesis_admitted' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Admitted {} night(s) ({}) with mild hyperemesis gravidarum ({}) and no other diagnosis, procedures {}: no metabolic disturbance, comorbidity or care beyond a day case is recorded, and RCOG Green-top Guideline 69 treats mild hyperemesis as an outpatient or day case',
    los, kode_inacbg, dx_primary, coalesce(nullif(array_to_string(px_list, ', '), ''), 'none')) AS evidence_en,
  format('Dirawat {} malam ({}) dengan hiperemesis gravidarum ringan ({}) tanpa diagnosis lain, tindakan {}: tidak tercatat gangguan metabolik, komorbiditas atau perawatan di luar rawat sehari, dan RCOG Green-top Guideline 69 menangani hiperemesis ringan secara rawat jalan atau rawat sehari',
    los, kode_inacbg, dx_primary, coalesce(nullif(array_to_string(px_list, ', '), ''), 'tidak ada')) AS evidence_id
FROM fraud_claim_base
WHERE jenis_rawat = 1 AND dx_primary = ${literal(MILD_HYPEREMESIS_ICD10)} AND len(dx_list) = 1
  AND los BETWEEN 1 AND ${t.hyperemesisMaxStayDays} AND coalesce(icu_los, 0) = 0
  AND coalesce(list_bool_and(list_transform(px_list, x -> regexp_matches(x, ${literal(DAY_CASE_PROCEDURES_ICD9)}))), true)`;
}
