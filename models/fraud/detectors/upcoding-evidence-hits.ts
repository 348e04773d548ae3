// The hits of UPCODING by the diagnosis (upcoding-evidence.ts): which claims lack what their
// primary diagnosis needs, or the treatment of their severity-raising complications, alone and
// as the provider's pattern. Apart from the requirement SQL so
// that the provider distribution (care-norms.ts) can count them without an import cycle.
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { severityStepShare } from './provider-excess-hits.js';
import { binomialExcessSql, binomialVariance } from './provider-excess.js';
import type { ExcessThresholds } from './provider-excess.js';
import {
  carriesEvidenceSql,
  complicationDxListSql,
  complicationRequirementSql,
  dxRequirementSql,
  judgedStaySql,
  neededSql,
  raisedStaySql,
} from './upcoding-evidence.js';
import { excludedSecondaryHitsSql } from './upcoding-excluded-secondary.js';

export interface DxEvidenceThresholds {
  /** Other facilities' stays of the diagnosis a requirement needs before it is judged on one claim. */
  readonly minPeerStays: number;
  /** Share of the other facilities' stays of the diagnosis that carry the evidence, for one claim lacking it to be named. */
  readonly minPeerEvidenceShare: number;
  readonly provider: ExcessThresholds;
}

/**
 * UPCODING `diagnosis_without_its_evidence` (one claim lacks what nearly every other facility's
 * claim of its diagnosis carries) and `diagnosis_without_evidence_at_provider` (the provider's
 * claims of the diagnosis lack it beyond other facilities' rate). Only a claim whose CBG is dearer
 * than another group of its CMG and case type at its severity: the look-alike it would have been,
 * the dearest such group; the tariff share above it is at risk.
 */
export function dxEvidenceHitsSql(t: DxEvidenceThresholds): string {
  const share = '(1 - e.peer_lacking_rate)';
  const exp = 'e.stays * e.peer_lacking_rate';
  const base = `
FROM fraud_claim_base b
JOIN (SELECT facility_id, unnest(dx_evidence, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) e
  ON e.facility_id = b.facility_id AND e.requirement = ${dxRequirementSql('b')}
JOIN fraud_ref_cbg own ON own.code = b.kode_inacbg
JOIN LATERAL (
  SELECT max(r.base_tariff) AS base_tariff, arg_max(r.code, r.base_tariff) AS code FROM fraud_ref_cbg r
  WHERE split_part(r.code, '-', 1) = b.cmg AND split_part(r.code, '-', 2) = split_part(b.kode_inacbg, '-', 2)
    AND split_part(r.code, '-', 4) = split_part(b.kode_inacbg, '-', 4) AND r.base_tariff < own.base_tariff
) lk ON lk.code IS NOT NULL
WHERE ${judgedStaySql('b')} AND NOT ${carriesEvidenceSql('b', 'e.requirement')}`;
  const amount = 'round(b.tarif_inacbg * (1 - lk.base_tariff / own.base_tariff), -2)::BIGINT';
  return `
SELECT b.nomor_sep, 'diagnosis_without_its_evidence' AS signal, ${amount} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Primary diagnosis {} grouped {} (tariff {:.2f}x {}), but no {} billed or coded, where {:.0f}% of {} stays of the diagnosis at other facilities carry it',
    b.dx_primary, b.kode_inacbg, own.base_tariff / lk.base_tariff, lk.code, ${neededSql('e.requirement', 'En')}, 100 * ${share}, e.peer_stays) AS evidence_en,
  format('Diagnosis utama {} dikelompokkan {} (tarif {:.2f}x {}), tetapi tanpa {} yang ditagih atau dikode, padahal {:.0f}% dari {} rawat inap diagnosis ini di faskes lain memilikinya',
    b.dx_primary, b.kode_inacbg, own.base_tariff / lk.base_tariff, lk.code, ${neededSql('e.requirement', 'Id')}, 100 * ${share}, e.peer_stays) AS evidence_id
${base} AND e.peer_stays >= ${t.minPeerStays} AND ${share} >= ${t.minPeerEvidenceShare}
UNION ALL
SELECT b.nomor_sep, 'diagnosis_without_evidence_at_provider', ${amount}, []::VARCHAR[],
  format('Provider {} billed {} of its {} stays of {} without {}, where the rate of other facilities gives {:.1f}; this one: {} grouped {} instead of {}',
    b.facility_id, e.lacking, e.stays, e.requirement, ${neededSql('e.requirement', 'En')}, ${exp}, b.dx_primary, b.kode_inacbg, lk.code),
  format('RS {} menagih {} dari {} rawat inap {} tanpa {}, sedangkan laju faskes lain memberi {:.1f}; klaim ini: {} dikelompokkan {} bukan {}',
    b.facility_id, e.lacking, e.stays, e.requirement, ${neededSql('e.requirement', 'Id')}, ${exp}, b.dx_primary, b.kode_inacbg, lk.code)
${base} AND ${binomialExcessSql('e.lacking', exp, binomialVariance('e.stays', 'e.peer_lacking_rate'), t.provider)}`;
}

/**
 * UPCODING `complication_without_its_treatment` (a stay above severity I whose severity-raising
 * complication, coded as a secondary diagnosis or in a primary combination code, has none of the treatment nearly every other
 * facility's stay with it carries) and `complication_without_treatment_at_provider` (the provider's
 * stays with the complication lack it beyond other facilities' rate). The tariff share of one
 * severity level is at risk.
 */
export function complicationHitsSql(t: DxEvidenceThresholds): string {
  const share = '(1 - e.peer_lacking_rate)';
  const exp = 'e.stays * e.peer_lacking_rate';
  const base = `
FROM (SELECT DISTINCT ON (nomor_sep, requirement) * FROM (
  SELECT b.*, ${complicationRequirementSql('sdx')} AS requirement, sdx FROM (SELECT *, unnest(${complicationDxListSql('s')}) AS sdx FROM fraud_claim_base s WHERE ${raisedStaySql('s')}) b
) WHERE requirement IS NOT NULL) b
JOIN (SELECT facility_id, unnest(complication_evidence, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) e
  ON e.facility_id = b.facility_id AND e.requirement = b.requirement
WHERE NOT ${carriesEvidenceSql('b', 'e.requirement')}`;
  const amount = `round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT`;
  return `
SELECT b.nomor_sep, 'complication_without_its_treatment' AS signal, ${amount} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Diagnosis {} raises {} above severity I, but no {} billed or coded, where {:.0f}% of {} such stays at other facilities carry it',
    b.sdx, b.kode_inacbg, ${neededSql('e.requirement', 'En')}, 100 * ${share}, e.peer_stays) AS evidence_en,
  format('Diagnosis {} menaikkan {} di atas severitas I, tetapi tanpa {} yang ditagih atau dikode, padahal {:.0f}% dari {} rawat inap serupa di faskes lain memilikinya',
    b.sdx, b.kode_inacbg, ${neededSql('e.requirement', 'Id')}, 100 * ${share}, e.peer_stays) AS evidence_id
${base} AND e.peer_stays >= ${t.minPeerStays} AND ${share} >= ${t.minPeerEvidenceShare}
UNION ALL
SELECT b.nomor_sep, 'complication_without_treatment_at_provider', ${amount}, []::VARCHAR[],
  format('Provider {} billed {} of its {} stays with {} without {}, where the rate of other facilities gives {:.1f}; this one: {} with {}',
    b.facility_id, e.lacking, e.stays, e.requirement, ${neededSql('e.requirement', 'En')}, ${exp}, b.kode_inacbg, b.sdx),
  format('RS {} menagih {} dari {} rawat inap dengan {} tanpa {}, sedangkan laju faskes lain memberi {:.1f}; klaim ini: {} dengan {}',
    b.facility_id, e.lacking, e.stays, e.requirement, ${neededSql('e.requirement', 'Id')}, ${exp}, b.kode_inacbg, b.sdx)
${base} AND ${binomialExcessSql('e.lacking', exp, binomialVariance('e.stays', 'e.peer_lacking_rate'), t.provider)}
UNION ALL
-- a severity-raising secondary the coding rules forbid with the primary (upcoding-excluded-secondary.ts)
${excludedSecondaryHitsSql()}`;
}
