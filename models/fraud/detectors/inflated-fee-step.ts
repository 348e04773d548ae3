// INFLATED_BILL on the doctors' fee lines (DOMAIN.md section 3: tariff components as outliers
// within the same CBG). A hospital prices its own services (tarif RS), so its fee level against
// other hospitals' says little; against its own earlier months it says a lot: the same tariff,
// the same group, and the specialist and consultation lines suddenly several times what they were.
// Only stays that need one doctor are judged: a single diagnosis, no operation, no ICU day; a
// comorbidity, an operation or intensive care brings in other specialists honestly, and they vary
// the fee lines from patient to patient (on the generated 150,000-member warehouse such stays
// stepped 2.5x above their hospital's earlier month about 25 times as often as single-diagnosis ones).
import { LOG_COST_SMOOTHING, operationsSql } from './peers.js';
import { TEMPLATE_WINDOW_DAYS } from './clone-templates.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

export const FEE_STEP_THRESHOLDS = {
  feeStepRatio: {
    value: 2.5,
    source:
      "Assumption, as drugDeviceShareRatio: the fee lines' share of the stay (specialist fees and consultation against the rest of the bill, as odds) at 2.5 times the median of the hospital's own single-diagnosis stays of the same INA-CBG code in an earlier month, with every such stay since at that step too. Within one hospital the tariff is the same, so what is left is the patients, and a single-diagnosis stay needs one DPJP. Measured on the generated 150,000-member warehouse: against the lowest earlier month alone, 24 stays at 5 hospitals (one cheap month set the level for months of ordinary stays); with the step held since, 2 stays at one hospital.",
  },
  feeStepWindowDays: {
    value: TEMPLATE_WINDOW_DAYS.value,
    source:
      "A verifier reads a hospital's half-year of one service (CLONING's templateWindowDays); arrival loads the facility's stays of the claim's CBG within that window, so batch and arrival read the same earlier months.",
  },
} satisfies Record<string, DetectorThreshold>;

export const FEE_STEP_SIGNALS = {
  specialist_fees_stepped_up: suspicious(
    "Specialist and consultation fees several times the hospital's own earlier level for the same group, on a stay that needs one doctor",
    'Jasa spesialis dan konsultasi beberapa kali tingkat RS itu sendiri sebelumnya untuk kelompok yang sama, pada rawat inap yang cukup satu dokter',
  ),
};

/** SQL: claim `a`'s fee lines (specialist fees and consultation) against the rest of its bill, as log odds. */
const feeLogSql = (a: string): string =>
  `ln((${a}.tarif_tenaga_ahli + ${a}.tarif_konsultasi + ${LOG_COST_SMOOTHING})::DOUBLE / (${a}.billed_cost - ${a}.tarif_tenaga_ahli - ${a}.tarif_konsultasi + ${LOG_COST_SMOOTHING}))`;

/**
 * SQL of the hits (HIT_COLUMNS). The hospital's single-diagnosis stays of the same code in the
 * window before the claim, by calendar month: the latest month whose median fee share the claim
 * exceeds by feeStepRatio is the level before the step, and every such stay since that month must
 * exceed it as well. One cheap month followed by ordinary ones is a cheap month (on the generated
 * data it set the level for half a year of ordinary stays); a level the hospital left for good is a step.
 */
export function feeStepSql(t: { readonly feeStepRatio: number; readonly feeStepWindowDays: number }): string {
  return `
SELECT * FROM (
WITH stay AS (
  SELECT nomor_sep, facility_id, kode_inacbg, tgl_masuk, date_trunc('month', tgl_masuk) AS month, paid_amount, ${feeLogSql('b')} AS fee_log
  FROM fraud_claim_base b
  WHERE jenis_rawat = 1 AND billed_cost > 0 AND len(dx_list) = 1 AND coalesce(icu_los, 0) = 0 AND coalesce(icu_indikator, 0) = 0
    AND len(${operationsSql('b')}) = 0 AND discharge_status <> 4
), earlier AS (
  -- per claim, the hospital's own stays of the same code in the window, in calendar months before the claim's
  SELECT s.nomor_sep, s.fee_log, e.month, e.fee_log AS earlier_fee_log, e.tgl_masuk AS earlier_masuk
  FROM stay s JOIN stay e ON e.facility_id = s.facility_id AND e.kode_inacbg = s.kode_inacbg
    AND e.tgl_masuk < s.tgl_masuk AND e.tgl_masuk >= s.tgl_masuk - ${t.feeStepWindowDays}::INTEGER
), months AS (
  SELECT e.nomor_sep, e.month, median(e.earlier_fee_log) AS month_fee_log, count(*) AS stays
  FROM earlier e JOIN stay s USING (nomor_sep) WHERE e.month < s.month GROUP BY e.nomor_sep, e.month
), level AS (
  -- the latest earlier month the claim stands above by the ratio: the level before the step
  SELECT m.nomor_sep, arg_max(m.month, m.month) AS level_month, arg_max(m.month_fee_log, m.month) AS level_fee_log, arg_max(m.stays, m.month) AS stays
  FROM months m JOIN stay s USING (nomor_sep)
  WHERE s.fee_log - m.month_fee_log >= ln(${t.feeStepRatio})
  GROUP BY m.nomor_sep
), stepped AS (
  -- every stay since that month above the level by the ratio too: the hospital left it for good
  SELECT l.*, count(e.earlier_masuk) AS since
  FROM level l LEFT JOIN earlier e ON e.nomor_sep = l.nomor_sep AND e.month > l.level_month
  GROUP BY ALL
  HAVING coalesce(bool_and(e.earlier_fee_log - l.level_fee_log >= ln(${t.feeStepRatio})), true)
)
SELECT s.nomor_sep, 'specialist_fees_stepped_up' AS signal, s.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Specialist and consultation fees at {}x the share of the rest of the bill this hospital billed for {} in {} ({} single-diagnosis stay(s)), and at that step on all {} such stay(s) since, on a stay with one diagnosis, no operation and no ICU day',
    round(exp(s.fee_log - l.level_fee_log), 1), s.kode_inacbg, strftime(l.level_month, '%Y-%m'), l.stays, l.since) AS evidence_en,
  format('Jasa spesialis dan konsultasi {}x bagian sisa tagihan yang ditagih RS ini untuk {} pada {} ({} rawat inap satu diagnosis), dan setinggi itu pada semua {} rawat inap serupa sesudahnya, pada rawat inap dengan satu diagnosis, tanpa operasi dan tanpa ICU',
    round(exp(s.fee_log - l.level_fee_log), 1), s.kode_inacbg, strftime(l.level_month, '%Y-%m'), l.stays, l.since) AS evidence_id
FROM stay s JOIN stepped l USING (nomor_sep)
)`;
}
