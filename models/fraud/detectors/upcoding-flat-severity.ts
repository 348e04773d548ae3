// UPCODING spread thin: a provider whose severity-III stays, over all its CBG groups, cost what the
// groups' severity-I stays cost at other facilities. A severity-III stay is paid 2.2 times the
// severity-I tariff (SEVERITY_TARIFF_FACTOR) because its complications need care: longer stays,
// more drugs and tests. One honest severity-III stay may be cheap; a provider's severity-III
// stays billed as severity I at the median are a coding office adding complications nobody
// treated, even when no doctor, month or group stands out (red team RT-UPCODE-87: one or two stays
// per doctor). DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no
// supporting procedure or tariff component", read over the provider's stays. The provider's stays
// are read from the batch: a claim scored on arrival alone never reaches minStays.
import { SEVERITY_LOS_FACTOR, SEVERITY_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { otherFacilityJoin, otherFacilityNorm } from './other-facility-peers.js';
import { severityStepShare } from './provider-excess-hits.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of severity_three_billed_as_one_at_provider (claim-content.ts spreads them into the detector). */
export const FLAT_SEVERITY_THRESHOLDS = Object.freeze({
  flatSeverityMaxStep: {
    value: 1.3,
    source:
      "As minSeverityCostStep: levels less than 30% apart are resource use that cannot tell them apart. Measured on the 150,000-member generated warehouse (bills over their tariff key): severity-III stays (medical, home, no ICU) cost a median 2.25x (log 0.81) the severity-I median of their group at the other facilities of the class, and no facility with five or more has a median below 1.45x (log 0.37; 0 of them under 1.3x), so a provider's median under 1.3x is no case mix.",
  },
  flatSeverityMinStays: {
    value: 5,
    source:
      "Assumption: the median of five stays; an honest provider's median log step (0.80, stay sd about 0.35 at the peers) falls below ln 1.3 at most about 3 sd out, so among a few hundred providers chance rarely fires.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface FlatSeverityThresholds {
  readonly maxStep: number;
  readonly minStays: number;
}

/**
 * UPCODING `severity_three_billed_as_one_at_provider`: at a provider with at least `minStays`
 * severity-III medical stays (case type 4, home, no ICU, no ventilation) whose median bill is
 * under `maxStep` times the other facilities' severity-I median of each stay's group (peers.ts
 * otherFacilityNorm, at the base tariff key), the severity-III stays that lean to severity I: billed
 * below the geometric mean of levels I and III (half the log tariff step) and no longer than the
 * severity-I median stay times the square root of the LOS step. One severity level's tariff step
 * of the claim is at risk (two levels would need a stay coded I, not proven here).
 */
export function flatSeverityHitsSql(t: FlatSeverityThresholds): string {
  const halfStep = Math.log(SEVERITY_TARIFF_FACTOR.III) / 2;
  const losStep = Math.sqrt(SEVERITY_LOS_FACTOR.III);
  const oneCost = otherFacilityNorm('one', 'base_log_cost');
  const oneLos = otherFacilityNorm('one', 'los_median');
  return `
SELECT * FROM (
  WITH severe AS MATERIALIZED (
    SELECT b.nomor_sep, b.facility_id, b.base_log_cost - ${oneCost} AS above_one, ${oneLos} AS one_los, ${oneCost} AS one_log_cost
    FROM fraud_claim_base b ${otherFacilityJoin('b', 'one', "b.cbg_base || '-I'")}
    WHERE b.jenis_rawat = 1 AND b.severity_rank = 3 AND split_part(b.kode_inacbg, '-', 2) = '4' AND b.discharge_status = 1
      AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND ${oneCost} IS NOT NULL
  ), provider AS (
    SELECT facility_id, count(*) AS stays, median(above_one) AS median_above_one FROM severe GROUP BY facility_id
    HAVING count(*) >= ${t.minStays} AND median(above_one) < ln(${t.maxStep})
  )
  SELECT b.nomor_sep, 'severity_three_billed_as_one_at_provider' AS signal, round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk,
    []::VARCHAR[] AS related_sep,
    format('Provider {} billed its {} severity-III stays at a median {:.2f}x the severity-I median of their groups at other facilities (severity III pays ${SEVERITY_TARIFF_FACTOR.III}x); this one: {} billed {} over {} days, against {} (at this claim''s tariff region and class) and {} days for {}-I at the median; no ICU, no ventilation',
      b.facility_id, p.stays, exp(p.median_above_one), b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(exp(s.one_log_cost) * b.tariff_key_factor)')}, s.one_los, b.cbg_base) AS evidence_en,
    format('RS {} menagih {} rawat inap severitas III dengan median {:.2f}x median severitas I kelompoknya di faskes lain (severitas III dibayar ${SEVERITY_TARIFF_FACTOR.III}x); klaim ini: {} tagihan {} selama {} hari, dibanding median {} (pada regional dan kelas tarif klaim ini) dan {} hari untuk {}-I; tanpa ICU dan ventilator',
      b.facility_id, p.stays, exp(p.median_above_one), b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los, ${rupiahSql('(exp(s.one_log_cost) * b.tariff_key_factor)')}, s.one_los, b.cbg_base) AS evidence_id
  FROM severe s JOIN provider p USING (facility_id) JOIN fraud_claim_base b USING (nomor_sep)
  WHERE b.jenis_rawat = 1 AND b.severity_rank = 3 AND s.above_one < ${halfStep} AND b.los <= s.one_los * ${losStep}
)`;
}
