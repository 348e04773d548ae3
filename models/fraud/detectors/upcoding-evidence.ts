// UPCODING by the diagnosis: a primary diagnosis that groups into a dearer CBG than its
// look-alikes (the same CMG and case type), on a claim that carries none of what the diagnosis
// needs to be established (data-samples/reference/diagnosis-evidence.ts: chest imaging for
// pneumonia, endoscopy or blood for a bleed, neuroimaging for a stroke, ...). Each requirement is
// checked against practice: it is applied only where the other facilities' claims of the
// diagnosis carry the evidence, at the rate counted here (a hospital class that does not bill
// radiology apart is no hospital coding without it). One claim is suspicious; a provider whose
// claims of a diagnosis lack it far more often than other facilities' do has a coding pattern.
// The same for a complication coded as a secondary diagnosis that raises the severity: one that
// was there was treated (COMPLICATION_REQUIREMENTS), so none of its treatment on the claim, where
// other facilities' claims with it carry it, says it was coded to raise the level.
import {
  COMPLICATION_REQUIREMENTS,
  DIAGNOSIS_REQUIREMENTS,
  EVIDENCE_CHANNELS,
} from '../../../data-samples/reference/diagnosis-evidence.js';
import type { DiagnosisRequirement } from '../../../data-samples/reference/diagnosis-evidence.js';
import { literal } from '../../../data-samples/sql/index.js';
import { MIN_PEER_GROUP } from './peers.js';

/** Tariff components any evidence channel reads. */
const EVIDENCE_COMPONENTS: readonly string[] = [...new Set(Object.values(EVIDENCE_CHANNELS).flatMap((ch) => ch.components))];

const ALL_REQUIREMENTS: readonly DiagnosisRequirement[] = [...DIAGNOSIS_REQUIREMENTS, ...COMPLICATION_REQUIREMENTS];

/** SQL: the id of the first of `reqs` ICD-10 code `dx` matches (NULL when none applies). */
const requirementOfSql = (dx: string, reqs: readonly DiagnosisRequirement[]): string =>
  `(CASE ${reqs.map((r) => `WHEN regexp_matches(${dx}, ${literal(r.diagnoses)}) THEN ${literal(r.id)}`).join(' ')} END)`;

/** SQL: the requirement id of the primary diagnosis of fraud_claim_base `b` (NULL when none applies). */
export const dxRequirementSql = (b: string): string => requirementOfSql(`${b}.dx_primary`, DIAGNOSIS_REQUIREMENTS);

/** SQL predicate: does claim `b` carry any of the evidence of requirement `req` (its dxRequirementSql, already computed)? */
export const carriesEvidenceSql = (b: string, req: string): string =>
  `(CASE ${req} ${ALL_REQUIREMENTS.map((r) => {
    const any = r.anyOf.flatMap((k) => {
      const ch = EVIDENCE_CHANNELS[k];
      return [
        `coalesce(list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(ch.procedures)}))), false)`,
        ...ch.components.map((c) => `${b}.${c} > 0`),
      ];
    });
    return `WHEN ${literal(r.id)} THEN (${any.join(' OR ')})`;
  }).join(' ')} ELSE true END)`;

/** SQL: the evidence a requirement needs, in words (English, Indonesian). */
export const neededSql = (req: string, lang: 'En' | 'Id'): string =>
  `(CASE ${ALL_REQUIREMENTS.map(
    (r) =>
      `WHEN ${req} = ${literal(r.id)} THEN ${literal(r.anyOf.map((k) => EVIDENCE_CHANNELS[k][lang === 'En' ? 'descriptionEn' : 'descriptionId']).join(lang === 'En' ? ' or ' : ' atau '))}`,
  ).join(' ')} END)`;

/** Primary diagnoses that are combination codes naming a complication (DiagnosisRequirement.primaryToo), as one regular expression. */
const PRIMARY_COMPLICATIONS = COMPLICATION_REQUIREMENTS.filter((r) => r.primaryToo === true)
  .map((r) => `(${r.diagnoses})`)
  .join('|');

/**
 * SQL list of the diagnoses of fraud_claim_base row `s` judged as complications: its secondary
 * diagnoses, and its primary when that is a combination code naming a complication.
 */
export const complicationDxListSql = (s: string): string =>
  PRIMARY_COMPLICATIONS === ''
    ? `${s}.dx_list[2:]`
    : `list_concat(list_filter(${s}.dx_list[1:1], x -> regexp_matches(x, ${literal(PRIMARY_COMPLICATIONS)})), ${s}.dx_list[2:])`;

/** SQL predicate: a stay whose diagnosis the admission had to establish: inpatient, not ending in death or a transfer out (the work-up may be the receiving hospital's). */
export const judgedStaySql = (b: string): string => `(${b}.jenis_rawat = 1 AND ${b}.discharge_status NOT IN (2, 4))`;

/** SQL predicate on fraud_claim_base `b`: a stay coded above severity I, whose secondary diagnoses the complications' treatment must support. */
export const raisedStaySql = (b: string): string => `(${judgedStaySql(b)} AND ${b}.severity_rank >= 2)`;

/** Per facility and requirement (CTE `<name>_f`) from `population` rows (facility_id, hospital_class, px_list, the components, requirement). */
function evidenceCountsSql(name: string, population: string): string {
  return `${name}_f AS (
  SELECT facility_id, any_value(hospital_class) AS hospital_class, requirement, count(*) AS n, count(*) FILTER (WHERE NOT carried) AS lacking
  FROM (SELECT r.*, ${carriesEvidenceSql('r', 'r.requirement')} AS carried FROM (${population}) r WHERE r.requirement IS NOT NULL)
  GROUP BY facility_id, requirement
), ${name}_o AS (
  SELECT facility_id, requirement, n, lacking,
    sum(n) OVER c - n AS class_n, sum(lacking) OVER c - lacking AS class_lacking, sum(n) OVER a - n AS all_n, sum(lacking) OVER a - lacking AS all_lacking
  FROM ${name}_f WINDOW c AS (PARTITION BY requirement, hospital_class), a AS (PARTITION BY requirement)
), ${name} AS (
  SELECT facility_id, list({'requirement': requirement, 'stays': n, 'lacking': lacking,
    'peer_stays': CASE WHEN class_n >= ${MIN_PEER_GROUP} THEN class_n ELSE all_n END,
    'peer_lacking_rate': CASE WHEN class_n >= ${MIN_PEER_GROUP} THEN (class_lacking + 0.5) / (class_n + 1) ELSE (all_lacking + 0.5) / (all_n + 1) END
  } ORDER BY requirement) AS ${name}
  FROM ${name}_o GROUP BY facility_id
)`;
}

/**
 * Provider distribution CTEs `dx_evidence` (primary diagnoses) and `complication_evidence`
 * (secondary diagnoses of stays above severity I, and a primary naming a complication:
 * complicationDxListSql; a stay counted once per requirement): per facility, a list over the
 * requirements of its stays: its stays, those lacking the evidence, and the other facilities'
 * stays and lacking rate (of its hospital class when those hold MIN_PEER_GROUP stays, else of all
 * classes; half a stay of prior), so that arrival reads the counts the batch judged by.
 */
export function dxEvidenceCtesSql(): string {
  const cols = `b.facility_id, b.hospital_class, b.px_list, ${EVIDENCE_COMPONENTS.map((c) => `b.${c}`).join(', ')}`;
  const primary = `SELECT ${cols}, ${dxRequirementSql('b')} AS requirement FROM fraud_claim_base b WHERE ${judgedStaySql('b')}`;
  const secondary = `SELECT DISTINCT b.nomor_sep, ${cols}, ${complicationRequirementSql('sdx')} AS requirement
    FROM (SELECT *, unnest(${complicationDxListSql('s')}) AS sdx FROM fraud_claim_base s WHERE ${raisedStaySql('s')}) b`;
  return `${evidenceCountsSql('dx_evidence', primary)},
${evidenceCountsSql('complication_evidence', secondary)}`;
}

/** SQL: the complication requirement id of ICD-10 code `dx` (NULL when none applies). */
export const complicationRequirementSql = (dx: string): string => requirementOfSql(dx, COMPLICATION_REQUIREMENTS);

export const DX_EVIDENCE_COLUMNS = 'dx_evidence.dx_evidence, complication_evidence.complication_evidence';
export const DX_EVIDENCE_JOINS = 'LEFT JOIN dx_evidence USING (facility_id) LEFT JOIN complication_evidence USING (facility_id)';
