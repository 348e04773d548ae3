// UNNECESSARY_TREATMENT (DOMAIN.md section 3: "admission without medical need"): a diagnostic
// endoscopy admitted for nights. An elective upper endoscopy or colonoscopy is a day procedure:
// fasting or bowel preparation at home, sedation, recovery for an hour or two, home the same day
// (British Society of Gastroenterology / JAG: diagnostic GI endoscopy is performed as a day case;
// ASGE: sedated patients are discharged once recovered, with an escort). A patient admitted for
// two nights or more around one, with nothing on the claim but the scope and its tests (no
// treatment through the scope, no bleeding, anaemia, obstruction or GI cancer, no ICU, no
// transfusion), had no need of the bed; a hospital doing it patient after patient bills day
// cases as stays.
import { literal } from '../../../data-samples/sql/index.js';
import { stayNightsSql } from './care-norms.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

/**
 * ICD-9-CM diagnostic endoscopies of the digestive tract: oesophagoscopy and its closed biopsy
 * (42.22-42.24), gastroscopy and closed gastric biopsy (44.13-44.14), endoscopy of the small
 * intestine incl. EGD, its closed biopsy and EGD with biopsy (45.13, 45.14, 45.16), colonoscopy,
 * sigmoidoscopy and closed colonic biopsy (45.22-45.25), proctosigmoidoscopy and closed rectal
 * biopsy (48.23-48.24), anoscopy (49.21).
 */
const DIAGNOSTIC_ENDOSCOPY_CODES = '42[.]2[2-4]|44[.]1[34]|45[.]1[346]|45[.]2[2-5]|48[.]2[34]|49[.]21';
export const DIAGNOSTIC_ENDOSCOPY_ICD9CM = `^(${DIAGNOSTIC_ENDOSCOPY_CODES})$`;

/**
 * ICD-9-CM procedures that add nothing but investigation or sedation to a scope: diagnostic
 * radiology and other imaging (87-88), interview, examination and measurements (89), microscopic
 * and laboratory examination (90-91), injection or infusion of drugs (99.1-99.2). Anything else on
 * the claim (a therapeutic endoscopy such as polypectomy 45.42 or haemostasis 44.43, a
 * transfusion 99.0x, an operation) is a treatment the stay may have been for.
 */
const INVESTIGATION_ONLY_ICD9CM = `^((${DIAGNOSTIC_ENDOSCOPY_CODES})$|8[7-9][.]|9[01][.]|99[.][12])`;

/**
 * ICD-10 diagnoses that make a scope an inpatient's: gastrointestinal bleeding (K92, ulcers with
 * haemorrhage or perforation K25-K28 .0-.2/.4-.6, oesophageal varices I85, Mallory-Weiss K22.6,
 * rectal bleeding K62.5, vascular disorders of the intestine K55), anaemia (D50-D64), obstruction
 * and perforation (K56, K63.1, K22.3), digestive cancers (C15-C26) and the severe states of
 * admission-need.ts (shock R57, sepsis A41, acute kidney failure N17).
 */
const INPATIENT_SCOPE_ICD10 = '^(K92|K2[5-8][.][0-24-6]|I85|K22[.][36]|K62[.]5|K55|D[56]|K56|K63[.]1|C1[5-9]|C2[0-6]|R57|A41|N17)';

/**
 * ICD-10 primary diagnoses of the complaints an elective scope investigates and that are managed
 * in outpatient care: gastro-oesophageal reflux (K21), gastritis and duodenitis (K29), dyspepsia
 * (K30), irritable bowel (K58), constipation and other functional bowel disorders (K59),
 * haemorrhoids (I84, K64), and digestive symptoms (R10 abdominal pain, R11 nausea and vomiting,
 * R12 heartburn, R14 flatulence, R19 other, e.g. change in bowel habit). A stay for liver disease,
 * an ulcer or an infection in which a scope is done is a medical stay, not an admission for the scope.
 */
const SCOPE_COMPLAINT_ICD10 = '^(K21|K29|K30|K58|K59|I84|K64|R1[0124]|R19)';

export const ENDOSCOPY_THRESHOLDS = Object.freeze({
  minEndoscopyNights: Object.freeze<DetectorThreshold>({
    value: 2,
    source:
      'BSG/JAG: diagnostic GI endoscopy is a day case; a night of observation after sedation of a frail or distant patient is within care (ASGE: discharge once recovered, with an escort), a second night is not.',
  }),
  minEndoscopyStays: Object.freeze<DetectorThreshold>({
    value: 3,
    source: 'Assumption, as minProviderClaims: fewer than three such stays at a hospital is no admission policy to judge.',
  }),
});

type Thresholds = Readonly<Record<keyof typeof ENDOSCOPY_THRESHOLDS, number>>;

export const ENDOSCOPY_SIGNALS = Object.freeze({
  // suspicious: the claim does not say why the patient stayed (distance, frailty); one hospital's run of them does
  diagnostic_endoscopy_admitted_for_nights: suspicious(
    'Diagnostic endoscopy, a day procedure, admitted for two nights or more with no treatment or bleeding',
    'Endoskopi diagnostik, tindakan sehari, dirawat inap dua malam atau lebih tanpa tindakan terapi atau perdarahan',
  ),
});

const anyMatch = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;
const allMatch = (list: string, pattern: string): string =>
  `coalesce(list_bool_and(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/** SELECT of UNNECESSARY_TREATMENT hits (HIT_COLUMNS): diagnostic endoscopies admitted for nights, at a hospital with several. */
export function endoscopyAdmissionSql(t: Thresholds): string {
  return `
WITH scope_stay AS (
  SELECT b.nomor_sep, b.facility_id, b.paid_amount, b.dx_list, b.px_list, b.kode_inacbg, ${stayNightsSql('b')} AS nights
  FROM fraud_claim_base b
  WHERE b.jenis_rawat = 1 AND b.discharge_status = 1 AND coalesce(b.icu_indikator, 0) = 0
    AND ${stayNightsSql('b')} >= ${t.minEndoscopyNights}
    AND ${anyMatch('b.px_list', DIAGNOSTIC_ENDOSCOPY_ICD9CM)} AND ${allMatch('b.px_list', INVESTIGATION_ONLY_ICD9CM)}
    AND regexp_matches(b.dx_primary, ${literal(SCOPE_COMPLAINT_ICD10)}) AND NOT ${anyMatch('b.dx_list', INPATIENT_SCOPE_ICD10)}
), at_facility AS (
  SELECT facility_id, count(*) AS stays FROM scope_stay GROUP BY facility_id
)
SELECT s.nomor_sep, 'diagnostic_endoscopy_admitted_for_nights' AS signal, s.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} for {} ({}) kept {} nights with no treatment, bleeding, anaemia, obstruction or cancer on the claim, a day procedure; {} billed {} such stays',
    array_to_string(list_filter(s.px_list, x -> regexp_matches(x, ${literal(DIAGNOSTIC_ENDOSCOPY_ICD9CM)})), ', '), array_to_string(s.dx_list, ', '), s.kode_inacbg, s.nights, s.facility_id, f.stays) AS evidence_en,
  format('{} untuk {} ({}) dirawat {} malam tanpa tindakan terapi, perdarahan, anemia, obstruksi atau kanker pada klaim, padahal tindakan sehari; {} menagih {} rawat inap seperti ini',
    array_to_string(list_filter(s.px_list, x -> regexp_matches(x, ${literal(DIAGNOSTIC_ENDOSCOPY_ICD9CM)})), ', '), array_to_string(s.dx_list, ', '), s.kode_inacbg, s.nights, s.facility_id, f.stays) AS evidence_id
FROM scope_stay s JOIN at_facility f USING (facility_id)
WHERE f.stays >= ${t.minEndoscopyStays}`;
}
