// A routine dialysis session against other units' session price (INFLATED_BILL, drug_device_outlier).
// A unit's sessions carry one price (session-units.ts), so a median pooled over sessions is the
// price of whichever units bill the most: round 12 of the red team added 446 sessions at one
// default price and the pooled norm became that price (RT-INFLATED-101: dialysers reprocessed and
// billed as new, 2.1x the pooled median and 4.9x the median unit). The unit's price is judged first,
// as one voice among units: past drugDeviceShareRatio times the median of the other units' prices,
// and past the dearest tenth of them by what a new kit every session adds, so a dear but ordinary
// tariff shared by many units is no outlier (on the red team's warehouse a quarter of the units bill
// 2.3x the median unit). Then each session of such a unit whose ordinary line (drugs, devices,
// consumables) is past drugDeviceShareRatio times the median unit is named, with the single-use
// allowance where the patient's infection forbids reuse (inflated-single-use.ts: RT-NM-DIALYSER-108).
// Only the session itself (an outpatient claim whose procedures are the session alone) is judged
// so: stays with dialysis, and chemotherapy, keep the pooled procedure-matched norm (inflated-bill.ts);
// by unit voices a teaching hospital's itemised stays were ten false hits (RT-NM-TEACHING-81) and a
// chemotherapy fraud lost two of twelve.
import { literal } from '../../../data-samples/sql/index.js';
import { ordinaryDrugNormSql } from './inflated-supply.js';
import { ordinaryDrugLogSql, procedureKeySql } from './peers.js';
import { EVERY_UNIT, SESSION_UNITS_SCOPE, routineSessionSql, sessionGroupSql } from './session-units.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

export const SESSION_PRICE_THRESHOLDS = {
  minSessionUnits: {
    value: 5,
    source:
      "Assumption: the median of at least five other units' session prices is a national price; with fewer the session is judged by the pooled procedure-matched norm alone. The ratio to that median is drugDeviceShareRatio's (2.5): a unit's tariff may move every line about 2x.",
  },
  dearestUnitsRatio: {
    value: 1.5,
    source:
      "A unit billing a new dialyser and bloodline at every session where it reprocesses them stands above what the same tariff with reuse bills by the kit: RT-NM-DIALYSER-108's single-use sessions run 1.8-2.0x the ordinary line of the same unit's reused ones (consumables 2.2-2.35x, devices 1.9-2x, drugs unchanged). A unit's price past the dearest tenth of the other units (session-units.ts DEAREST_UNITS_QUANTILE) by 1.5x, below that step, is beyond any tariff several units share; the red team's default session price, 2.3x the median unit and billed by a quarter of the units, is the dearest tenth itself.",
  },
} satisfies Record<string, DetectorThreshold>;

/**
 * SQL (HIT_COLUMNS, signal drug_device_outlier): routine sessions of a unit whose price (its median
 * ordinary-line share, from the published unit row; a unit the batch has no sessions of is priced by
 * the session itself) is past drugDeviceShareRatio times the median of at least minSessionUnits other
 * units and past dearestUnitsRatio times the dearest tenth of them, each session named when its own line
 * is past drugDeviceShareRatio times that median (with the single-use allowance) and the pooled rule
 * (`lineFlagged`) has not already named it (one hit a claim). `join` is the pooled rule's peer join.
 */
export function sessionPriceSql(
  t: Readonly<Record<keyof typeof SESSION_PRICE_THRESHOLDS | 'drugDeviceShareRatio', number>>,
  join: string,
  lineFlagged: string,
): string {
  const group = sessionGroupSql('b', procedureKeySql);
  const units = 'coalesce(su.n, sa.n)';
  // the unit's own row leaves it out; a unit without sessions in the batch reads every unit's voice
  const median = 'coalesce(su.ordinary_drug_log, sa.ordinary_drug_log)';
  const dearest = 'coalesce(su.units_p90_log, sa.units_p90_log)';
  const unitPrice = `coalesce(su.unit_drug_log, ${ordinaryDrugLogSql('b')})`;
  const excess = `(${ordinaryDrugLogSql('b')} - ${ordinaryDrugNormSql('b', median, '0')})`;
  const evidence = (lang: 'en' | 'id'): string =>
    lang === 'en'
      ? `format('Drugs, devices and consumables {} = {:.1f}x the share of the median session price of {} other units billing CBG {} with procedures [{}] (each unit one voice); this unit''s price is {:.1f}x that median and {:.1f}x the dearest tenth of the units',
    ${rupiahSql('b.drug_device_cost')}, exp(${excess}), ${units}, b.kode_inacbg, array_to_string(b.px_list, ', '), exp(${unitPrice} - ${median}), exp(${unitPrice} - ${dearest}))`
      : `format('Obat, alkes dan BMHP {} = {:.1f}x porsi median harga sesi {} unit lain yang menagih CBG {} dengan tindakan [{}] (satu unit satu suara); harga unit ini {:.1f}x median itu dan {:.1f}x sepersepuluh unit termahal',
    ${rupiahSql('b.drug_device_cost')}, exp(${excess}), ${units}, b.kode_inacbg, array_to_string(b.px_list, ', '), exp(${unitPrice} - ${median}), exp(${unitPrice} - ${dearest}))`;
  return `
SELECT b.nomor_sep, 'drug_device_outlier' AS signal, round(b.drug_device_cost * (1 - exp(-${excess})), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep, ${evidence('en')} AS evidence_en, ${evidence('id')} AS evidence_id
FROM fraud_claim_base b ${join}
LEFT JOIN fraud_procedure_peers su ON su.scope = ${literal(SESSION_UNITS_SCOPE)} AND su.group_key = ${group} || '|' || b.facility_id
LEFT JOIN fraud_procedure_peers sa ON sa.scope = ${literal(SESSION_UNITS_SCOPE)} AND sa.group_key = ${group} || ${literal(`|${EVERY_UNIT}`)}
WHERE ${routineSessionSql('b')} AND ${units} >= ${t.minSessionUnits}
  AND ${unitPrice} - ${median} > ln(${t.drugDeviceShareRatio}) AND ${unitPrice} - ${dearest} > ln(${t.dearestUnitsRatio})
  AND ${excess} > ln(${t.drugDeviceShareRatio})
  AND NOT coalesce(${lineFlagged}, false)`;
}
