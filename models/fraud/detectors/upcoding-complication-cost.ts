// UPCODING by complications nobody treated, read against the hospital's own stays: a complication
// (dehydration, an electrolyte disorder, anaemia, post-operative pneumonia) raises a stay's severity
// because it is cared for: more days, fluids, tests, drugs. INA-CBG pays severity II 1.45 times
// and III 2.2 times severity I (SEVERITY_TARIFF_FACTOR). A hospital whose stays raised by such
// diagnoses cost what its own severity-I stays of the same CBG group cost has its coders adding
// complications to unchanged care: a step in its severity mix from one month (red team
// RT-UPCODE-94), or a few doctors' stays (RT-UPCODE-97), without a change in resources. Set
// against the hospital's own severity-I stays, a hospital that bills every level low (its own
// tariff, tarif RS) is no finding, and peers' rates (which a level step within the ordinary range
// never leaves) are not needed. A lasting comorbidity (diabetes, hypertension) carried into the
// stay raises the level too, but is managed with the usual tablets: stays raised by comorbidities
// only are not judged here (upcoding-once-comorbidity.ts judges those against the card's record).
// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", read over the provider's stays.
import { SEVERITY_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { SECONDARY_BY_NATURE } from '../../../data-samples/reference/secondary-conditions.js';
import { varcharList } from '../../../data-samples/sql/index.js';
import { severityStepShare } from './provider-excess-hits.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of complication_stays_cost_as_own_severity_one (claim-content.ts spreads them into the detector). */
export const COMPLICATION_COST_THRESHOLDS = Object.freeze({
  complicationCostMaxStep: {
    value: Math.sqrt(SEVERITY_TARIFF_FACTOR.II),
    source:
      "Half the severity-II tariff step in logs (sqrt 1.45 = 1.20): a provider whose stays raised by complications cost, at the median, nearer its own severity-I stays of the group than a level above. Measured on the red team's 8,000-member generated base (stays home, no ICU, a secondary that is no lasting comorbidity, against the hospital's own severity-I median of the group, 3 or more of those): the six hospitals with 3 or more such stays sit at 1.45-1.80x (per-stay log sd 0.16-0.35); the two coding hospitals of RT-UPCODE-94 and -97 at 0.96-1.02x.",
  },
  complicationCostMinStays: {
    value: 6,
    source:
      'Assumption: the median of six stays; an honest provider (median log step about 0.5, per-stay sd about 0.3) falls below ln 1.2 about 2.5 sd out (median sd 0.3 x 1.25 / sqrt 6), and the measured hospitals are further (1.45x at five stays).',
  },
  complicationCostMinOwnStays: {
    value: 3,
    source: "Assumption: the hospital's severity-I stays of the group are its own norm only from three stays on (a median of three).",
  },
} satisfies Record<string, DetectorThreshold>);

export interface ComplicationCostThresholds {
  readonly maxStep: number;
  readonly minStays: number;
  readonly minOwnStays: number;
}

/** ICD-10 categories of lasting comorbidities (SECONDARY_BY_NATURE): carried into the stay, not cared for on it. */
const COMORBIDITY_CATEGORIES = SECONDARY_BY_NATURE.filter((c) => c.kind === 'comorbidity').map((c) => c.category);

/** SQL: the tariff step of severity `rank` over severity I (SEVERITY_TARIFF_FACTOR), in logs. */
const levelLogStep = (rank: string): string =>
  `CASE ${rank} WHEN 3 THEN ln(${SEVERITY_TARIFF_FACTOR.III} / ${SEVERITY_TARIFF_FACTOR.I}) ELSE ln(${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.I}) END`;

/**
 * UPCODING `complication_stays_cost_as_own_severity_one`: at a provider with at least `minStays`
 * stays above severity I (discharged home, no ICU or ventilation) carrying a secondary diagnosis
 * that is no lasting comorbidity, in groups where it has at least `minOwnStays` severity-I stays of
 * the same kind, whose median bill (at the base tariff key) is under `maxStep` times its own
 * severity-I median of the group: those stays billed below half their level's tariff step over it
 * and no longer than its severity-I median stay plus a day. One level's tariff step is at risk.
 */
export function complicationCostHitsSql(t: ComplicationCostThresholds): string {
  const home = `b.jenis_rawat = 1 AND b.discharge_status = 1 AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND split_part(b.kode_inacbg, '-', 2) IN ('1', '4')`;
  return `
SELECT * FROM (
  WITH own_one AS MATERIALIZED (
    SELECT b.facility_id, b.cbg_base, count(*) AS n, median(b.base_log_cost) AS log_cost, median(b.los) AS los, median(b.billed_cost / b.tariff_key_factor) AS base_bill
    FROM fraud_claim_base b WHERE ${home} AND b.severity_rank = 1 GROUP BY ALL HAVING count(*) >= ${t.minOwnStays}
  ), raised AS MATERIALIZED (
    SELECT b.nomor_sep, b.facility_id, b.base_log_cost - o.log_cost AS step, o.los AS one_los, o.base_bill AS one_base_bill,
      list_filter(b.dx_list[2:], x -> NOT list_contains(${varcharList(COMORBIDITY_CATEGORIES)}, left(x, 3))) AS complications
    FROM fraud_claim_base b JOIN own_one o USING (facility_id, cbg_base)
    WHERE ${home} AND b.severity_rank >= 2
  ), provider AS (
    SELECT facility_id, count(*) AS stays, median(step) AS median_step FROM raised WHERE len(complications) > 0
    GROUP BY facility_id HAVING count(*) >= ${t.minStays} AND median(step) < ln(${t.maxStep})
  )
  SELECT b.nomor_sep, 'complication_stays_cost_as_own_severity_one' AS signal, round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk,
    []::VARCHAR[] AS related_sep,
    format('Provider {} billed its {} stays raised above severity I by complications at a median {:.2f}x its own severity-I stays of the same groups (severity II pays ${SEVERITY_TARIFF_FACTOR.II}x, III ${SEVERITY_TARIFF_FACTOR.III}x); this one: {} with {}, billed {} over {} days against {} (at this claim''s tariff region and class) and {} days for its own {}-I stays at the median; no ICU, no ventilation',
      b.facility_id, p.stays, exp(p.median_step), b.kode_inacbg, array_to_string(r.complications, ', '), ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(r.one_base_bill * b.tariff_key_factor)')}, r.one_los, b.cbg_base) AS evidence_en,
    format('RS {} menagih {} rawat inap yang naik dari severitas I karena komplikasi dengan median {:.2f}x rawat severitas I-nya sendiri pada kelompok yang sama (severitas II dibayar ${SEVERITY_TARIFF_FACTOR.II}x, III ${SEVERITY_TARIFF_FACTOR.III}x); klaim ini: {} dengan {}, tagihan {} selama {} hari dibanding {} (pada regional dan kelas tarif klaim ini) dan {} hari untuk rawat {}-I sendiri; tanpa ICU dan ventilator',
      b.facility_id, p.stays, exp(p.median_step), b.kode_inacbg, array_to_string(r.complications, ', '), ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(r.one_base_bill * b.tariff_key_factor)')}, r.one_los, b.cbg_base) AS evidence_id
  FROM raised r JOIN provider p USING (facility_id) JOIN fraud_claim_base b USING (nomor_sep)
  WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND len(r.complications) > 0 AND r.step < ${levelLogStep('b.severity_rank')} / 2 AND b.los <= r.one_los + 1
)`;
}
