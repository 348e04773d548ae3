// The thresholds fraud_flat_packages is built with (distributions.ts flatPackageSql), here because
// that table is built before CLONING runs and CLONING declares them as its own: when a price many
// patients of a facility share is the facility's fee for a service (a flat-fee package) and not a
// template copied between patients.
import { varcharList } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';

/** CLONING's packageMinStayShare. */
export const PACKAGE_MIN_STAY_SHARE: DetectorThreshold = Object.freeze({
  value: 0.8,
  source:
    "Assumption: a stay's bill follows its days, drugs and tests, so a facility bills stays of a service (a delivery, a phaco and lens) a package price only when it bills nearly all of them so: 4 in 5 of the facility's patients of the CBG and procedures in the batch. A template copied among honest stays of the service reaches fewer (a red-team clone family: 10 of 15 patients over four months). The same share makes a standing price (below).",
});

/** CLONING's packageMinOutpatientShare. */
export const PACKAGE_MIN_OUTPATIENT_SHARE: DetectorThreshold = Object.freeze({
  value: 0.25,
  source:
    "Assumption: a facility prices an outpatient service (a session, a visit with its procedure) at a few prices at most (by session type, or a price changed once in the year), each billed to a sizeable part of the service's patients: at least a quarter. An itemised bill falls in a price bucket (2% wide) by chance: measured on 150,000 generated members (192,000 outpatient claims), honest outpatient buckets of packageMinPatients patients or more held a median 3.7% of their service's patients, and 210 of 176,656 honest claims sat in one holding 10% or more; counted by patients alone, 59,930 honest claims and a third of the generated copies of outpatient bills were taken for packages and never compared.",
});

/** CLONING's standingPriceMinPatients. */
export const STANDING_PRICE_MIN_PATIENTS: DetectorThreshold = Object.freeze({
  value: 3,
  source:
    "Assumption: a small hospital's outpatient service (a dialysis, chemotherapy or physiotherapy session) reaches few patients, too few for packageMinPatients, yet is billed at the facility's one price: 3 or more patients, at least packageMinStayShare of the service's patients, over more than standingPriceMinSpanDays, make that price the facility's fee. Measured on the red-team base extract (10,880 generated claims): such sessions drew 19 of its 45 CLONING hits, at 10 hospitals that billed every one of their 3-8 patients of the service one class-3 price over 5-13 months; counted across care classes and diagnoses and as standing prices, 1 is left (a hospital with two prices for the service).",
});

/** CLONING's standingPriceMinSpanDays. */
export const STANDING_PRICE_MIN_SPAN_DAYS: DetectorThreshold = Object.freeze({
  value: 60,
  source:
    "Assumption: a copier works from a template while it lies at hand (windowDays: four weeks); a price billed to every patient of a service over more than two such windows (60 days) is the facility's standing fee, not a copy. Copies spread over longer among no honest claim of their service are left to the other signals.",
});

/**
 * Outpatient services whose care is one standard act, the same for every patient, priced by the facility as one fee
 * (ICD-9-CM): a haemodialysis session (39.95: one session of a dialyser, bloodlines and dialysate, KDIGO/PERNEFRI
 * sessions of 4-5 hours), a cataract extraction with its lens as a day case (13.41 phaco, 13.59 manual small-incision,
 * 13.19 intracapsular, 13.71 lens; the INA-CBG H-2-36 group and the SP-02 top-up pay it as a package), an outpatient
 * chemotherapy administration (99.25: a cycle's regimen by protocol). Identical bills of their patients are the price
 * list, even at a small or new facility: two patients billed one price is the facility's fee (standardisedPackageMinPatients).
 */
export const STANDARDISED_OUTPATIENT_PROCEDURES: readonly string[] = Object.freeze(['39.95', '13.41', '13.59', '13.19', '13.71', '99.25']);

/**
 * Rehabilitation therapy sessions (ICD-9-CM prefixes): physical therapy 93.0-93.3 (evaluation, exercise, manipulation,
 * modalities), speech 93.7 and occupational therapy 93.8; 93.4-93.6 (traction, splints, osteopathic manipulation) and
 * 93.9 (respiratory therapy, oxygen) are given by need and priced by item. A rehabilitation clinic sells a session: a
 * set time of a therapist with the modalities of the programme, at the price its tariff schedule fixes per session
 * (the hospital's own tariff regulation, Perdir/Perkada tarif layanan; JKN pays the outpatient rehabilitation group
 * Z-3-12 per visit), so every patient of a session type is billed the same lines to the rupiah, and often at one
 * price whatever the care class (an outpatient visit has no room class). Like the services above, a session price
 * billed to two patients is the facility's fee (red team RT-NM-PHYSIO-111: a clinic's twice-weekly sessions for
 * stroke and back-pain patients, one price, three to four patients a session type).
 */
const REHABILITATION_SESSION_PREFIXES: readonly string[] = Object.freeze(['93.0', '93.1', '93.2', '93.3', '93.7', '93.8']);

/**
 * SQL: the sorted procedure list `pxs` (VARCHAR[]) is a standardised outpatient service: not empty, every code in
 * STANDARDISED_OUTPATIENT_PROCEDURES or a rehabilitation session's (REHABILITATION_SESSION_PREFIXES).
 */
export function standardisedServiceSql(pxs: string): string {
  const rehabilitation = `list_bool_or(list_transform(${varcharList(REHABILITATION_SESSION_PREFIXES)}, r -> starts_with(p, r)))`;
  return `(len(${pxs}) > 0 AND len(list_filter(${pxs}, p -> NOT (list_contains(${varcharList(STANDARDISED_OUTPATIENT_PROCEDURES)}, p) OR ${rehabilitation}))) = 0)`;
}

/** CLONING's standardisedPackageMinPatients. */
export const STANDARDISED_PACKAGE_MIN_PATIENTS: DetectorThreshold = Object.freeze({
  value: 2,
  source:
    "Assumption: a standardised outpatient service (STANDARDISED_OUTPATIENT_PROCEDURES) is billed from the facility's price list, so a price billed to 2 or more patients that is at least packageMinOutpatientShare of the service's patients at the facility is its fee, however few patients the service has (red team RT-NM-CATARACT-104: six cataracts a hospital, each price billed to two of them; RT-NM-DIALYSER-108: a unit's sessions for patients with hepatitis B). An itemised facility's copy shares its price with one original among many bills of the service (measured on 150,000 generated members: none of CLONING's 25 hits on these services is in such a price; 3,154 claims at 39 facilities are).",
});
