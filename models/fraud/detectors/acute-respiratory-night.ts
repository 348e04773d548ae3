// UNNECESSARY_TREATMENT: a one-night stay the guideline calls for (red team RT-NM-ASTHMA-121). The
// scheme admits for the tariff what an outpatient clinic treats: a dyspepsia or a fever kept one night
// with a drip. An acute respiratory emergency is the other way round: a child in a severe asthma attack
// who does not clear after the emergency room's nebulisations, or a baby with bronchiolitis whose
// saturation falls, is admitted because the attack needs oxygen and watching through the night, and
// often goes home the next day once it has passed. The record shows the difference: the emergency
// route, a diagnosis whose severe form is such an emergency, and the oxygen or ventilatory support
// only a hospital gives (hypoxaemia is the admission criterion itself), with the drugs on the bill.
// Such a night is not named a one-night stay of the provider's admission habit.
import { literal } from '../../../data-samples/sql/index.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/**
 * Acute respiratory conditions (ICD-10) whose severe attack is treated in hospital when the patient is
 * hypoxaemic: J45 asthma and J46 acute severe asthma (GINA 2023, Box 9-4: SpO2 < 90% in adults, < 92%
 * in children, or no response to initial bronchodilators, transfer to acute care; BTS/SIGN 158, 2019:
 * admit a child whose SpO2 stays < 92% after initial treatment), J21 acute bronchiolitis (NICE NG9,
 * 2021: admit with SpO2 persistently < 92%), J44.0 and J44.1 COPD with an acute infection or
 * exacerbation (GOLD 2024: hospitalise for acute respiratory failure or new hypoxaemia).
 */
const ACUTE_RESPIRATORY_ICD10 = '^(J45|J46|J21|J44[.][01])';

/**
 * ICD-9-CM support a hypoxaemic patient gets in hospital only: 93.96 other oxygen enrichment (oxygen by
 * mask or cannula), 93.90 non-invasive ventilation (CPAP, BiPAP), 93.91 intermittent positive pressure
 * breathing, 96.7x invasive mechanical ventilation. Nebulisation alone (93.94) is given in clinics and
 * emergency rooms to patients sent home, so it does not say the patient needed the night.
 */
const RESPIRATORY_SUPPORT_ICD9 = '^(93[.]9[016]|96[.]7)';

/**
 * SQL predicate on fraud_claim_base `b`: an acute respiratory emergency treated as its guideline
 * says: admitted through the emergency department (emergency-admission.ts), its primary diagnosis one
 * of ACUTE_RESPIRATORY_ICD10, oxygen or ventilatory support coded (RESPIRATORY_SUPPORT_ICD9), and drugs
 * on the bill (the bronchodilators and systemic steroid of the attack). A code added to a planned
 * admission, or oxygen coded with no drug billed, is not enough.
 */
export function acuteRespiratoryNightSql(b: string): string {
  return `(${emergencyAdmissionSql(b)} AND coalesce(regexp_matches(${b}.dx_primary, ${literal(ACUTE_RESPIRATORY_ICD10)}), false)
    AND coalesce(list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(RESPIRATORY_SUPPORT_ICD9)}))), false)
    AND coalesce(${b}.tarif_obat, 0) > 0)`;
}
