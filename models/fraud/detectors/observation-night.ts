// UNNECESSARY_TREATMENT: a one-night stay that is the guideline's observation (red team RT-NM-UNNEC-151),
// beside the respiratory and renal-colic nights (acute-respiratory-night.ts, renal-colic-night.ts). The
// scheme admits for the tariff what a clinic treats and bills a bed night with nothing done in it. Some
// exposures are the other way round: their harm shows hours later, so the guideline keeps every patient
// about a day with tests repeated through it, and sends home the well ones the next day. A snakebite
// without signs of venom at arrival is the pattern: venom-induced coagulopathy may appear hours after the
// bite, so the patient is watched 24 hours with a clotting test every few hours. The record shows the
// observation: the emergency route, the exposure as the primary diagnosis, and its tests coded and billed
// on the laboratory line. Such a night is not named a one-night stay of the provider's admission habit,
// nor counted in it; the same exposure with no test on record is a bed night like any other.
import { literal } from '../../../data-samples/sql/index.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/** An exposure whose guideline observes every patient about a day with repeated tests, and the tests that record it. */
interface GuidelineObservation {
  /** ICD-10 of the exposure, as the primary diagnosis (regex). */
  readonly exposure: string;
  /** ICD-9-CM of the tests the observation repeats (regex); at least one coded on the claim. */
  readonly tests: string;
  readonly source: string;
}

/**
 * Exposures observed a day by guideline. The list names conditions, not hospitals: a scheme that
 * admits other diagnoses one night gains nothing here, and one that codes a snakebite must code and
 * bill its tests too.
 */
export const GUIDELINE_OBSERVATIONS: readonly GuidelineObservation[] = Object.freeze([
  {
    // T63.0 toxic effect of snake venom; 90.5x microscopic and other examinations of blood (the clotting test)
    exposure: '^T63[.]0',
    tests: '^90[.]5',
    source:
      'WHO Regional Office for South-East Asia, Guidelines for the management of snakebites, 2nd ed. 2016 (and Kemenkes, Pedoman penanganan gigitan ular, 2017): every patient bitten is observed at least 24 hours, even without local or systemic signs at arrival, with the 20-minute whole blood clotting test (20WBCT) on admission and repeated every few hours, since coagulopathy may appear late.',
  },
]);

/**
 * SQL predicate on fraud_claim_base `b`: an exposure observed as its guideline says: admitted through the
 * emergency department (emergency-admission.ts), its primary diagnosis one of GUIDELINE_OBSERVATIONS'
 * exposures, that exposure's tests coded and the laboratory line billed. The exposure coded with no test,
 * or tests coded with no laboratory charge, is not enough.
 */
export function guidelineObservationNightSql(b: string): string {
  const observed = GUIDELINE_OBSERVATIONS.map(
    (o) => `(regexp_matches(${b}.dx_primary, ${literal(o.exposure)})
      AND list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(o.tests)}))))`,
  ).join(' OR ');
  return `(${emergencyAdmissionSql(b)} AND coalesce(${observed}, false) AND coalesce(${b}.tarif_laboratorium, 0) > 0)`;
}
