// UPCODING by the procedure: a dearer procedure coded where the stay's diagnoses indicate a cheaper
// one (DOMAIN.md section 3, "diagnosis/procedure coded higher"). A femoral shaft fracture is nailed
// or plated; a claim that codes a hip replacement (81.51) and the hip implant top-up for it, with no
// femoral neck fracture, coxarthrosis, osteonecrosis or other indication among its diagnoses, is
// paid the prosthesis the diagnosis never called for. Which conditions indicate each dear procedure,
// and which conditions of the same site a cheaper treatment serves, is a published table
// (data-samples/reference/procedure-indications.ts, with its guidelines), known before any claim.
// One claim is suspicious (an indication may be missing from the coding); the provider's shaft
// fractures coded as replacements beyond other facilities' rate, over several patients, is a pattern.
import { PROCEDURE_INDICATIONS } from '../../../data-samples/reference/procedure-indications.js';
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { binomialExcessSql, binomialVariance } from './provider-excess.js';
import type { ExcessThresholds } from './provider-excess.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of procedure_above_indication_at_provider (claim-content.ts spreads them into the detector). */
export const INDICATION_THRESHOLDS = Object.freeze({
  indicationMinPatients: { value: 3, source: 'Assumption: fewer than three patients coded above the indication is no pattern to judge.' },
  indicationExcessRatio: {
    value: 2,
    source:
      "Assumption (as evidenceExcessRatio): twice the other facilities' share of the condition's stays coded with the dearer procedure is a coding pattern, not chance.",
  },
  indicationExcessZ: {
    value: 3,
    source: "Binomial test of the provider's patients against the other facilities' rate: z >= 3 (one-sided p ~ 0.001).",
  },
  indicationMinPeerStays: {
    value: 20,
    source:
      "As MIN_PEER_GROUP (peers.ts): 20 other facilities' patients with the condition put its rate within about a tenth of the truth; with fewer (a claim on arrival sees few other hospitals) the pattern is not judged.",
  },
} satisfies Record<string, DetectorThreshold>);

export const INDICATION_SIGNALS = {
  procedure_above_its_indication: suspicious(
    "Dear procedure coded where the stay's diagnoses indicate a cheaper treatment of the same site",
    'Tindakan mahal dikode padahal diagnosis rawat inap mengarah ke tatalaksana yang lebih murah pada lokasi yang sama',
  ),
  procedure_above_indication_at_provider: suspicious(
    "Provider codes the dear procedure for a condition of a cheaper treatment beyond other facilities' rate",
    'RS mengode tindakan mahal untuk kondisi bertatalaksana lebih murah melebihi laju faskes lain',
  ),
};

export interface IndicationThresholds {
  readonly minPeerStays: number;
  readonly provider: ExcessThresholds;
}

/**
 * The table's ICD-10 prefixes, each a category (3 characters) or a subcategory (5, with the dot), so
 * that a stay's diagnoses match them by equality on their first 3 and 5 characters: a pattern taken
 * from a column would be compiled again for every claim.
 */
function icd10Keys(prefixes: readonly string[]): readonly string[] {
  for (const p of prefixes)
    if (!/^[A-Z]\d\d(\.\d)?$/.test(p)) throw new Error(`ICD-10 prefix ${p} is neither a category nor a subcategory`);
  return prefixes;
}

/** SQL VALUES of the table: one row per dear procedure and cheaper condition of its site. */
function rulesSql(): string {
  const rows = PROCEDURE_INDICATIONS.flatMap((p) =>
    p.cheaper.map((c) =>
      [
        literal(`${p.id}:${c.cbgBase}`),
        literal(p.procedureEn),
        literal(p.procedureId),
        varcharList(p.procedures),
        varcharList(icd10Keys(p.indications)),
        varcharList(icd10Keys(c.dx)),
        literal(c.conditionEn),
        literal(c.conditionId),
        literal(c.treatmentEn),
        literal(c.treatmentId),
        literal(c.cbgBase),
        c.topUp === null ? 'NULL::VARCHAR' : literal(c.topUp),
      ].join(', '),
    ),
  );
  return `(VALUES ${rows.map((r) => `(${r})`).join(', ')}) r(rule, procedure_en, procedure_id, procedures, indication_keys, condition_keys,
    condition_en, condition_id, treatment_en, treatment_id, cheaper_cbg_base, cheaper_topup)`;
}

/**
 * SQL: inpatient stays naming a cheaper condition of a rule's site and none of its indications
 * (row `s`, with the rule's columns and `dear`: the dear procedure is coded), the one basis of
 * both signals: the claim and the provider's share.
 */
function conditionStaysSql(): string {
  // candidates by their ICD-10 categories first, and only the columns the signals read: a regular expression on
  // every claim, or the whole claim row carried through, cost several times more (150,000-member generated claims)
  const categories = [...new Set(PROCEDURE_INDICATIONS.flatMap((p) => p.cheaper.flatMap((c) => c.dx.map((d) => d.slice(0, 3)))))];
  return `(
  SELECT b.*, r.*, list_has_any(b.px_list, r.procedures) AS dear,
    list_filter(b.dx_list, d -> list_contains(r.condition_keys, left(d, 3)) OR list_contains(r.condition_keys, left(d, 5))) AS condition_dx,
    list_filter(b.px_list, p -> list_contains(r.procedures, p)) AS dear_px
  FROM (
    SELECT nomor_sep, facility_id, member_key, jenis_rawat, kode_inacbg, tarif_inacbg, topups, dx_list, px_list,
      list_concat(list_transform(dx_list, d -> left(d, 3)), list_transform(dx_list, d -> left(d, 5))) AS dx_keys
    FROM fraud_claim_base
    WHERE jenis_rawat = 1 AND list_has_any(list_transform(dx_list, d -> left(d, 3)), ${varcharList(categories)})
  ) b
  JOIN ${rulesSql()} ON list_has_any(b.dx_keys, r.condition_keys) AND NOT list_has_any(b.dx_keys, r.indication_keys)
)`;
}

/**
 * SQL: what the claim is paid above the cheaper treatment (row `s` of conditionStaysSql): the dear
 * procedure's top-ups (those whose required procedures it is) less the cheaper treatment's top-up
 * when that is not claimed as well, and the tariff share above the cheaper group at the claim's
 * severity (INA-CBG base tariffs: region and class factors multiply both alike).
 */
const AMOUNT_SQL = `greatest(0, round(
  coalesce((SELECT sum(t.tariff) FROM fraud_ref_topup t WHERE list_contains(s.topups, t.code) AND list_has_any(t.required_procedures, s.procedures)), 0)
  - CASE WHEN s.cheaper_topup IS NULL OR list_contains(s.topups, s.cheaper_topup) THEN 0
      ELSE coalesce((SELECT t.tariff FROM fraud_ref_topup t WHERE t.code = s.cheaper_topup), 0) END
  + CASE WHEN ch.base_tariff < own.base_tariff THEN s.tarif_inacbg * (1 - ch.base_tariff / own.base_tariff) ELSE 0 END, -2))::BIGINT`;

/**
 * UPCODING `procedure_above_its_indication` (a stay coding a dear procedure whose diagnoses name
 * none of its indications but a condition of its site that a cheaper treatment serves, with money
 * above that treatment at stake) and `procedure_above_indication_at_provider` (the provider's
 * patients with the condition coded with the dear procedure, against the rate of every other
 * facility's patients with it: binomial excess).
 */
export function indicationHitsSql(t: IndicationThresholds): string {
  // the dear stays, each with its amount once (the dearest rule when several apply), before any pattern is joined
  const judged = `(
  SELECT * FROM (
    SELECT s.*, ${AMOUNT_SQL} AS amount_at_risk FROM ${conditionStaysSql()} s
    JOIN fraud_ref_cbg own ON own.code = s.kode_inacbg
    JOIN fraud_ref_cbg ch ON ch.code = s.cheaper_cbg_base || '-' || split_part(s.kode_inacbg, '-', 4)
    WHERE s.jenis_rawat = 1 AND s.dear
  ) QUALIFY row_number() OVER (PARTITION BY nomor_sep ORDER BY amount_at_risk DESC, rule) = 1
)`;
  const exp = 'p.others_rate * p.patients';
  return `
SELECT s.nomor_sep, 'procedure_above_its_indication' AS signal, s.amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} coded for {} ({}), with none of its indications among the diagnoses {}: the condition gets {} ({}); {} above it',
    array_to_string(s.dear_px, ', '), s.condition_en, array_to_string(s.condition_dx, ', '), array_to_string(s.dx_list, ', '), s.treatment_en, s.cheaper_cbg_base, ${rupiahSql('s.amount_at_risk')}) AS evidence_en,
  format('{} dikode untuk {} ({}), tanpa indikasinya di antara diagnosis {}: kondisi ini mendapat {} ({}); {} di atasnya',
    array_to_string(s.dear_px, ', '), s.condition_id, array_to_string(s.condition_dx, ', '), array_to_string(s.dx_list, ', '), s.treatment_id, s.cheaper_cbg_base, ${rupiahSql('s.amount_at_risk')}) AS evidence_id
FROM ${judged} s WHERE s.jenis_rawat = 1 AND s.amount_at_risk > 0
UNION ALL
SELECT s.nomor_sep, 'procedure_above_indication_at_provider', s.amount_at_risk, []::VARCHAR[],
  format('Provider {} coded {} for {} of its {} patients with {} and none of its indications, where the rate of other facilities ({} of {}) gives {:.1f}; this one: {}',
    s.facility_id, s.procedure_en, p.observed, p.patients, s.condition_en, p.others_observed, p.others_patients, ${exp}, array_to_string(s.dx_list, ', ')),
  format('RS {} mengode {} pada {} dari {} pasien dengan {} tanpa indikasinya, sedangkan laju faskes lain ({} dari {}) memberi {:.1f}; klaim ini: {}',
    s.facility_id, s.procedure_id, p.observed, p.patients, s.condition_id, p.others_observed, p.others_patients, ${exp}, array_to_string(s.dx_list, ', '))
FROM ${judged} s
JOIN (
  SELECT *, sum(observed) OVER w - observed AS others_observed, sum(patients) OVER w - patients AS others_patients,
    (sum(observed) OVER w - observed) / greatest(sum(patients) OVER w - patients, 1) AS others_rate
  FROM (
    -- counted in patients: one patient's two stays for one fracture are one observation of the provider
    SELECT facility_id, rule, count(DISTINCT member_key) FILTER (WHERE dear) AS observed, count(DISTINCT member_key) AS patients
    FROM ${conditionStaysSql()} GROUP BY ALL
  ) WINDOW w AS (PARTITION BY rule)
) p ON p.facility_id = s.facility_id AND p.rule = s.rule
WHERE s.jenis_rawat = 1 AND s.amount_at_risk > 0 AND p.others_patients >= ${t.minPeerStays}
  AND ${binomialExcessSql('p.observed', exp, binomialVariance('p.patients', 'p.others_rate'), t.provider)}`;
}
