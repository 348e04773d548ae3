// What explains a short admission for an outpatient condition (UNNECESSARY_TREATMENT, DOMAIN.md
// section 3) before it counts against the provider: a secondary diagnosis that itself meets an
// admission criterion, and a household taken ill together, which is one event and is counted
// once. Defined once here, so that the claim signal and the provider's count read the same claims.
import { literal } from '../../../data-samples/sql/index.js';
import { shortOutpatientAdmissionSql } from './patterns.js';
import type { ShortAdmissionThresholds } from './patterns.js';

/**
 * Secondary diagnoses (ICD-10) that meet an admission criterion of the Appropriateness Evaluation
 * Protocol (Gertman & Restuccia, Medical Care 1981;19:855-71), the standard instrument for judging
 * whether a hospital admission was needed, whatever the primary diagnosis: R57 shock and R40
 * somnolence, stupor and coma (severity of illness), J96 respiratory failure (blood gas
 * abnormality), N17 acute kidney failure, A41 sepsis and K92 gastrointestinal haemorrhage (active
 * bleeding). Each code names a state severe by definition. Electrolyte disorders (E87) stay out:
 * the protocol's criterion is a severe abnormality, and a coded hypokalaemia does not say how severe.
 */
const SEVERE_SECONDARY_ICD10 = '^(R57|R40|J96|N17|A41|K92)';

/**
 * Dehydration (E86 volume depletion) beside gastroenteritis (A00-A09 intestinal infections, K52
 * non-infective gastroenteritis) records the complication for which gastroenteritis is treated in
 * hospital: intravenous fluid replacement is an intensity-of-service criterion of the same protocol,
 * and WHO (The treatment of diarrhoea, 2005) rehydrates severe dehydration intravenously. The code
 * does not grade the dehydration, so it is counter-evidence that explains the stay, not proof that
 * it was needed; beside another primary diagnosis it explains nothing.
 */
const DEHYDRATION_ICD10 = '^E86';
const GASTROENTERITIS_ICD10 = '^(A0[0-9]|K52)';

/**
 * Days apart two members of one family card may be admitted and still be one household event
 * (a shared meal, an outbreak): within a day, as CLONING treats patients of one event
 * (assumption: the incubation of foodborne gastroenteritis is hours, WHO Foodborne disease
 * outbreaks: guidelines for investigation and control, 2008).
 */
const HOUSEHOLD_EVENT_DAYS = 1;

const secondaryMatches = (b: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${b}.dx_list[2:], x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/** SQL predicate on fraud_claim_base `b`: a secondary diagnosis meets an admission criterion (above). */
const admissionNeedSql = (b: string): string =>
  `(${secondaryMatches(b, SEVERE_SECONDARY_ICD10)} OR (regexp_matches(${b}.dx_primary, ${literal(GASTROENTERITIS_ICD10)}) AND ${secondaryMatches(b, DEHYDRATION_ICD10)}))`;

/**
 * SQL join condition: claim `o` (a short admission for an outpatient condition) is of another
 * member of `b`'s family card (SCHEMA.md members nomor_kk, pseudonymised to family_key) admitted
 * within HOUSEHOLD_EVENT_DAYS for the same ICD-10 category: the two are one event.
 */
function householdEventSql(b: string, o: string): string {
  return `(${o}.family_key = ${b}.family_key AND ${o}.card_key <> ${b}.card_key
    AND abs(${o}.tgl_masuk - ${b}.tgl_masuk) <= ${HOUSEHOLD_EVENT_DAYS} AND left(${o}.dx_primary, 3) = left(${b}.dx_primary, 3))`;
}

/** SQL: the short admissions for an outpatient condition of members with a family card, the claims a household event is made of. */
const shortFamilyAdmissionsSql = (t: ShortAdmissionThresholds): string =>
  `(SELECT * FROM fraud_claim_base s WHERE s.family_key IS NOT NULL AND ${shortOutpatientAdmissionSql('s', t)})`;

/**
 * SQL: the SEPs of the other claims of `b`'s household event (empty when there is none), the
 * related claims an auditor reads with it.
 */
export function householdEventSepsSql(b: string, t: ShortAdmissionThresholds): string {
  return `coalesce((SELECT list(o.nomor_sep ORDER BY o.nomor_sep) FROM ${shortFamilyAdmissionsSql(t)} o WHERE ${householdEventSql(b, 'o')}), []::VARCHAR[])`;
}

/**
 * SQL predicate on fraud_claim_base `b`: a short admission for an outpatient condition that nothing
 * on the record explains: no secondary diagnosis meets an admission criterion, and of a household
 * event only the first admission (by date, then SEP) stands for the event, so that a family taken
 * ill together weighs as one patient's admission.
 */
export function unexplainedShortAdmissionSql(b: string, t: ShortAdmissionThresholds): string {
  return `(${shortOutpatientAdmissionSql(b, t)} AND NOT ${admissionNeedSql(b)}
    AND NOT EXISTS (SELECT 1 FROM ${shortFamilyAdmissionsSql(t)} o WHERE ${householdEventSql(b, 'o')}
      AND (o.tgl_masuk < ${b}.tgl_masuk OR (o.tgl_masuk = ${b}.tgl_masuk AND o.nomor_sep < ${b}.nomor_sep))))`;
}
