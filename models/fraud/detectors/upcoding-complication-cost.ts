// UPCODING by complications nobody treated, read against the hospital's own stays: a complication
// (dehydration, an electrolyte disorder, anaemia, post-operative pneumonia) raises a stay's severity
// because it is cared for: more days, fluids, tests, drugs. INA-CBG pays severity II 1.45 times
// and III 2.2 times severity I (SEVERITY_TARIFF_FACTOR). A hospital whose stays raised by such
// diagnoses cost what its own severity-I stays of the same CBG group cost has its coders adding
// complications to unchanged care: a step in its severity mix from one month (red team
// RT-UPCODE-94), or a few doctors' stays (RT-UPCODE-97), without a change in resources. Set
// against the hospital's own severity-I stays, a hospital that bills every level low (its own
// tariff, tarif RS) is no finding, and peers' rates (which a level step within the ordinary range
// never leaves) are not needed. A small hospital has too few such stays for the median alone (a
// new class C hospital adding acute kidney injury to three heart-failure stays of its sixteen, at
// 1.07x its own severity-I bill, beside one true injury at 1.77x: red team RT-UPCODE-144); there
// its own severity-I bills say how far its stays stray by chance, and from three stays their median
// must sit three standard errors under the level's tariff step. Evidence that thin names only a stay
// whose every act (ICD-9-CM procedure) is on the hospital's own severity-I stays of the group: one with
// an act of its own had care of its own, however cheap (potassium in the infusions of four typhoid
// stays billed 1.1x, red team RT-NM-LEVELBELOW-141). Six stays or more are read by the median alone:
// coders who learnt to code the infusion with the hypokalaemia (RT-UPCODE-105) are named there. A lasting comorbidity (diabetes, hypertension) carried into the
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
  complicationCostFewStays: {
    value: 3,
    source:
      "Assumption: under complicationCostMinStays a provider is judged from three stays (a median that one true complication cannot move), and only when its own severity-I bills are tight enough for the median to stand complicationCostMinZ standard errors under the level's step (red team RT-UPCODE-144: four stays, three of them coded up).",
  },
  complicationCostMinZ: {
    value: 3,
    source:
      "As the provider patterns' z >= 3 (provider-excess.ts): the median shortfall of the stays under their level's tariff step over the provider's own severity I (ln 1.45 for II, ln 2.2 for III), in standard errors of a median of n stays (1.2533 x the hospital's own spread / sqrt n, the median's asymptotic error under normal scatter); one-sided p ~ 0.001.",
  },
  complicationCostMinSpread: {
    value: 0.1,
    source:
      "Assumption: a hospital's own bills of one group are never read as tighter than a tenth in logs, whatever its severity-I stays show (patients differ in drugs and tests). Measured on the red team's 8,000-member base (pooled log sd of a hospital's severity-I stays, groups of 5+, home, no ICU): generated hospitals 0.15-0.35, so at three stays their median must sit under 0.97x their own severity I and at five under 1.04x; the red team's hand-built hospitals 0.01-0.08, read at the floor.",
  },
  complicationCostSpreadOwnStays: {
    value: 5,
    source:
      "As LEVEL_NORM_MIN_STAYS (provider-excess-hits.ts): a group's spread of severity-I bills is read from five stays on; fewer give the hospital no spread, and only the median rule judges it.",
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
  readonly fewStays: number;
  readonly minZ: number;
  readonly minSpread: number;
  readonly spreadOwnStays: number;
}

/** Standard error of a median of n normal draws over their sd, times sqrt(n): sqrt(pi / 2) (asymptotic). */
const MEDIAN_ERROR_FACTOR = Math.sqrt(Math.PI / 2);

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
 * and no longer than its severity-I median stay plus a day. Under `minStays`, from `fewStays` stays, when
 * their median shortfall under their level's tariff step stands `minZ` standard errors of a median out,
 * read from the provider's own pooled spread of severity-I bills (groups of `spreadOwnStays`+, at least
 * `minSpread`): those of the stays whose every procedure is also on one of its severity-I stays of the
 * group (one with an act of its own is counted, not named). One level's tariff step is at risk.
 */
export function complicationCostHitsSql(t: ComplicationCostThresholds): string {
  // surgical, medical and obstetric stays (case types 1, 4, 6): a delivery raised by a complication nobody monitored
  // costs what the hospital's own ordinary deliveries cost (red team RT-UPCODE-153: uterine inertia, O62.2, coded on
  // four ordinary deliveries billed as its O-6-13-I, beside two true stalled labours at 1.7x)
  const home = `b.jenis_rawat = 1 AND b.discharge_status = 1 AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND split_part(b.kode_inacbg, '-', 2) IN ('1', '4', '6')`;
  return `
SELECT * FROM (
  WITH own_one AS MATERIALIZED (
    SELECT b.facility_id, b.cbg_base, count(*) AS n, median(b.base_log_cost) AS log_cost, median(b.los) AS los, median(b.billed_cost / b.tariff_key_factor) AS base_bill,
      var_samp(b.base_log_cost) AS log_var, list_distinct(flatten(list(coalesce(b.px_list, [])))) AS one_acts
    FROM fraud_claim_base b WHERE ${home} AND b.severity_rank = 1 GROUP BY ALL HAVING count(*) >= ${t.minOwnStays}
  ), spread AS (
    -- the hospital's own scatter of severity-I bills, pooled over its groups of spreadOwnStays stays or more
    SELECT facility_id, greatest(sqrt(sum((n - 1) * log_var) / sum(n - 1)), ${t.minSpread}) AS log_sd
    FROM own_one WHERE n >= ${t.spreadOwnStays} GROUP BY facility_id
  ), raised AS MATERIALIZED (
    SELECT b.nomor_sep, b.facility_id, b.base_log_cost - o.log_cost AS step, ${levelLogStep('b.severity_rank')} - (b.base_log_cost - o.log_cost) AS shortfall,
      o.los AS one_los, o.base_bill AS one_base_bill, list_filter(coalesce(b.px_list, []), p -> NOT list_contains(o.one_acts, p)) AS own_acts,
      list_filter(b.dx_list[2:], x -> NOT list_contains(${varcharList(COMORBIDITY_CATEGORIES)}, left(x, 3))) AS complications
    FROM fraud_claim_base b JOIN own_one o USING (facility_id, cbg_base)
    WHERE ${home} AND b.severity_rank >= 2
  ), provider AS (
    -- six stays judged by their median; from three, the median also stands minZ standard errors under the level's step
    SELECT r.facility_id, count(*) AS stays, median(r.step) AS median_step, count(*) >= ${t.minStays} AS by_median
    FROM raised r LEFT JOIN spread s USING (facility_id)
    WHERE len(r.complications) > 0
    GROUP BY r.facility_id HAVING median(r.step) < ln(${t.maxStep}) AND (count(*) >= ${t.minStays}
      OR (count(*) >= ${t.fewStays} AND median(r.shortfall) >= ${t.minZ} * ${MEDIAN_ERROR_FACTOR} * any_value(s.log_sd) / sqrt(count(*))))
  )
  SELECT b.nomor_sep, 'complication_stays_cost_as_own_severity_one' AS signal, round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk,
    []::VARCHAR[] AS related_sep,
    format('Provider {} billed its {} stays raised above severity I by complications at a median {:.2f}x its own severity-I stays of the same groups (severity II pays ${SEVERITY_TARIFF_FACTOR.II}x, III ${SEVERITY_TARIFF_FACTOR.III}x); this one: {} with {}, billed {} over {} days against {} (at this claim''s tariff region and class) and {} days for its own {}-I stays at the median{}; no ICU, no ventilation',
      b.facility_id, p.stays, exp(p.median_step), b.kode_inacbg, array_to_string(r.complications, ', '), ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(r.one_base_bill * b.tariff_key_factor)')}, r.one_los, b.cbg_base,
      CASE WHEN p.by_median THEN '' ELSE '; every procedure also on its own severity-I stays' END) AS evidence_en,
    format('RS {} menagih {} rawat inap yang naik dari severitas I karena komplikasi dengan median {:.2f}x rawat severitas I-nya sendiri pada kelompok yang sama (severitas II dibayar ${SEVERITY_TARIFF_FACTOR.II}x, III ${SEVERITY_TARIFF_FACTOR.III}x); klaim ini: {} dengan {}, tagihan {} selama {} hari dibanding {} (pada regional dan kelas tarif klaim ini) dan {} hari untuk rawat {}-I sendiri{}; tanpa ICU dan ventilator',
      b.facility_id, p.stays, exp(p.median_step), b.kode_inacbg, array_to_string(r.complications, ', '), ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(r.one_base_bill * b.tariff_key_factor)')}, r.one_los, b.cbg_base,
      CASE WHEN p.by_median THEN '' ELSE '; setiap tindakan juga ada pada rawat severitas I-nya sendiri' END) AS evidence_id
  FROM raised r JOIN provider p USING (facility_id) JOIN fraud_claim_base b USING (nomor_sep)
  WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND len(r.complications) > 0 AND r.step < ${levelLogStep('b.severity_rank')} / 2 AND b.los <= r.one_los + 1
    AND (p.by_median OR len(r.own_acts) = 0)
)`;
}
