// INFLATED_BILL, the device line of an operation (DOMAIN.md section 3: devices billed far above
// procedure-matched peers). The drug-device outlier judges drugs, devices and consumables as one
// line; an operation's devices (alkes: a resectoscope loop, a catheter set) are a tenth of that
// line, so devices billed six times over move it about 2.3 times, under the line's 2.5 (red team
// RT-INFLATED-82: a TURP device line x6 on every patient). What an operation uses is set by the
// operation, so its device line is judged on its own against the same peers (inflated-bill.ts
// drugPeerColumn: the same CBG and procedures, else diagnosis, else a CBG of enough claims, else
// the procedures at every level of the CBG group), for claims with an operation only: a visit's
// few thousand rupiah of devices swing by multiples with nothing inflated.
import { deviceLogSql, operationsSql } from './peers.js';
import type { DetectorThreshold } from './types.js';

export const DEVICE_THRESHOLDS = {
  deviceShareRatio: {
    value: 4,
    source:
      'Assumption: hospitals price devices with their own tariffs (tarif RS), up to about 2x between honest hospitals as for drugs (drugDeviceShareRatio), and a complication may take a second set (2x): 4 times the device share (odds against the services) of the median claim with the same procedures is beyond both. Generated 150,000 members: 7 of 39,919 claims with an operation are past it, all already flagged INFLATED_BILL otherwise.',
  },
} satisfies Record<string, DetectorThreshold>;

/**
 * SQL (HIT_COLUMNS, signal drug_device_outlier): claims `b` with an operation whose device line is
 * past deviceShareRatio times its peers' (`peerDeviceLog`, a log share) while the whole line is not
 * (`lineFlagged`, the drug-device outlier's condition: one hit a claim). `join` joins the peers,
 * `peerGroup(lang)` names them.
 */
export function deviceOutlierSql(
  t: Readonly<Record<keyof typeof DEVICE_THRESHOLDS, number>>,
  join: string,
  peerDeviceLog: string,
  lineFlagged: string,
  peerGroup: (lang: 'en' | 'id') => string,
): string {
  const excess = `(${deviceLogSql('b')} - ${peerDeviceLog})`;
  return `
SELECT b.nomor_sep, 'drug_device_outlier' AS signal, round(b.tarif_alkes * (1 - exp(-${excess})), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Devices Rp{:,} = {:.1f}x the device share of the median claim with {}', b.tarif_alkes, exp(${excess}), ${peerGroup('en')}) AS evidence_en,
  format('Alkes Rp{:,} = {:.1f}x porsi alkes median klaim {}', b.tarif_alkes, exp(${excess}), ${peerGroup('id')}) AS evidence_id
FROM fraud_claim_base b ${join}
WHERE len(${operationsSql('b')}) > 0 AND b.discharge_status <> 4 AND ${excess} > ln(${t.deviceShareRatio})
  AND NOT coalesce(${lineFlagged}, false)`;
}
