// INFLATED_BILL, the device line of an operation (DOMAIN.md section 3: devices billed far above
// procedure-matched peers). The drug-device outlier judges drugs, devices and consumables as one
// line; an operation's devices (alkes: a resectoscope loop, a catheter set) are a tenth of that
// line, so devices billed six times over move it about 2.3 times, under the line's 2.5 (red team
// RT-INFLATED-82: a TURP device line x6 on every patient). What an operation uses is set by the
// operation, so its device line is judged on its own against the same peers (inflated-bill.ts
// drugPeerColumn: the same CBG and procedures, else diagnosis, else a CBG of enough claims, else
// the procedures at every level of the CBG group), for claims with an operation only: a visit's
// few thousand rupiah of devices swing by multiples with nothing inflated.
// Another operation's set billed on this one (RT-INFLATED-121: an open appendectomy, 47.09, billed
// with a laparoscopic kit's trocars, clip applier and retrieval bag) raises the devices and, with
// them, the consumables that come in the set: devices 4x and the whole line 2.4-2.7x, each at its
// own line. Together they are what neither honest pricing nor a complication gives: a hospital's
// own prices move every line alike (up to 2x), a complication's second device set moves the devices
// alone. So a stay's or day surgery's operation is also named where its devices are past
// kitDeviceShareRatio and the whole drug, device and consumable line past kitLineShareRatio, both
// against the same procedures (at its severity level, else at every level of its CBG group).
// An implant operation's devices are also judged against its hospital's own series of the same operation and implant
// top-ups (inflated-line-step.ts): a dearer implant billed for the usual one, 3x on a locking plate (RT-INFLATED-143),
// is under 4x the peers and moves the whole line too little for the kit rule.
import { deviceLogSql, operationsSql, ordinaryDrugLogSql } from './peers.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

export const DEVICE_THRESHOLDS = {
  deviceShareRatio: {
    value: 4,
    source:
      'Assumption: hospitals price devices with their own tariffs (tarif RS), up to about 2x between honest hospitals as for drugs (drugDeviceShareRatio), and a complication may take a second set (2x): 4 times the device share (odds against the services) of the median claim with the same procedures is beyond both. Generated 150,000 members: 7 of 39,919 claims with an operation are past it, all already flagged INFLATED_BILL otherwise.',
  },
  kitDeviceShareRatio: {
    value: 2.5,
    source:
      "Assumption, as for the drug line (drugDeviceShareRatio): beyond the up to 2x of a hospital's own device prices; with the whole line past kitLineShareRatio, the consumables came with the devices, as another operation's set does, and no complication's second device set (the devices alone) reaches it. Red-team base extract (1,622 claims with an operation): no claim past both that the device or whole-line ratio does not already name.",
  },
  kitLineShareRatio: {
    value: 2,
    source:
      "Assumption: a hospital's own prices move the whole drug, device and consumable line up to 2x (drugDeviceShareRatio); devices at kitDeviceShareRatio alone move it about 1.3x (devices are about a fifth of an operation's line), so a line past 2x beside them is the set's consumables billed too.",
  },
} satisfies Record<string, DetectorThreshold>;

/**
 * SQL: the special CMG top-ups of claim `b` that pay for an implant billed on the devices line: RR (prosthesis), SP-01
 * (stent), SP-02 (lens). Such an operation's device line is the implant, so the hospital's own series of the operation
 * with the same top-ups bills one implant's price (inflated-line-step.ts).
 */
export const implantTopupsSql = (b: string): string => `list_filter(${b}.topups, x -> x LIKE 'RR-%' OR x IN ('SP-01', 'SP-02'))`;

/** The same procedures' norms for the kit rule: log shares of the device line and of the whole drug, device and consumable line, and the group in words. */
export interface ProcedureMatchedPeers {
  readonly deviceLog: string;
  readonly lineLog: string;
  readonly group: (lang: 'en' | 'id') => string;
}

/**
 * An implant operation's device line against its hospital's own series (inflated-line-step.ts, the `device` component):
 * `hit` names the claim, `step` is its step over the hospital's own median (a log), `evidence(lang)` what the series adds.
 */
export interface OwnDeviceSeries {
  readonly hit: string;
  readonly step: string;
  readonly evidence: (lang: 'en' | 'id') => string;
}

/**
 * SQL (HIT_COLUMNS, signal drug_device_outlier): claims `b` with an operation whose device line is
 * past deviceShareRatio times its peers' (`peerDeviceLog`, a log share), or, for a stay or day
 * surgery, whose devices are past kitDeviceShareRatio and whole line past kitLineShareRatio against
 * the same procedures (`kitPeers`: a diagnosis or CBG norm pools techniques, and a laparoscopy is no
 * open operation's kit), or whose implant steps above its hospital's own (`series`, its joins in `join`),
 * while the whole line is not past its own ratio (`lineFlagged`, the drug-device outlier's condition:
 * one hit a claim). `join` joins the peers, `peerGroup(lang)` names them.
 */
export function deviceOutlierSql(
  t: Readonly<Record<keyof typeof DEVICE_THRESHOLDS, number>>,
  join: string,
  peerDeviceLog: string,
  lineFlagged: string,
  kitPeers: ProcedureMatchedPeers,
  peerGroup: (lang: 'en' | 'id') => string,
  series: OwnDeviceSeries,
): string {
  const { excess, kitDevice, kitLine, own, kit } = deviceTerms(t, peerDeviceLog, kitPeers);
  const ownSeries = (lang: 'en' | 'id'): string =>
    `format('${lang === 'en' ? 'Devices of an implant operation (top-up {}) {:.1f}x the device share of the median claim with {}' : 'Alkes operasi implan (top-up {}) {:.1f}x porsi alkes median klaim {}'}',
      array_to_string(${implantTopupsSql('b')}, ', '), exp(${excess}), ${peerGroup(lang)}) || ${series.evidence(lang)}`;
  return `
SELECT b.nomor_sep, 'drug_device_outlier' AS signal,
  round(CASE WHEN ${own} THEN b.tarif_alkes * (1 - exp(-${excess})) WHEN coalesce(${kit}, false) THEN (b.tarif_alkes + b.tarif_bmhp) * (1 - exp(-${kitLine}))
    ELSE b.tarif_alkes * (1 - exp(-${series.step})) END, -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  CASE WHEN ${own} THEN format('Devices {} = {:.1f}x the device share of the median claim with {}', ${rupiahSql('b.tarif_alkes')}, exp(${excess}), ${peerGroup('en')})
    WHEN coalesce(${kit}, false) THEN format('Devices {} = {:.1f}x the device share and drugs, devices and consumables {} = {:.1f}x the share of the median claim with {}: another operation’s set',
      ${rupiahSql('b.tarif_alkes')}, exp(${kitDevice}), ${rupiahSql('b.drug_device_cost')}, exp(${kitLine}), ${kitPeers.group('en')})
    ELSE ${ownSeries('en')} END AS evidence_en,
  CASE WHEN ${own} THEN format('Alkes {} = {:.1f}x porsi alkes median klaim {}', ${rupiahSql('b.tarif_alkes')}, exp(${excess}), ${peerGroup('id')})
    WHEN coalesce(${kit}, false) THEN format('Alkes {} = {:.1f}x porsi alkes dan obat, alkes dan BMHP {} = {:.1f}x porsi median klaim {}: set operasi lain',
      ${rupiahSql('b.tarif_alkes')}, exp(${kitDevice}), ${rupiahSql('b.drug_device_cost')}, exp(${kitLine}), ${kitPeers.group('id')})
    ELSE ${ownSeries('id')} END AS evidence_id
FROM fraud_claim_base b ${join}
WHERE ${conditionSql(own, kit, series.hit)} AND NOT coalesce(${lineFlagged}, false)`;
}

/** SQL: an operation on a patient alive at discharge, past one of the device rules (the first two conjuncts gate arrival: arrival-branch-gates.ts). */
const conditionSql = (...rules: string[]): string =>
  `(len(${operationsSql('b')}) > 0 AND b.discharge_status <> 4 AND (${rules.map((r) => `coalesce(${r}, false)`).join(' OR ')}))`;

/** The terms of the device rule on claim `b` (deviceOutlierSql). */
function deviceTerms(t: Readonly<Record<keyof typeof DEVICE_THRESHOLDS, number>>, peerDeviceLog: string, kitPeers: ProcedureMatchedPeers) {
  const excess = `(${deviceLogSql('b')} - ${peerDeviceLog})`;
  const kitDevice = `(${deviceLogSql('b')} - ${kitPeers.deviceLog})`;
  const kitLine = `(${ordinaryDrugLogSql('b')} - ${kitPeers.lineLog})`;
  // where an operation is done in theatre (peers.ts 'operation' rows): a stay, or day surgery (case type 2)
  const theatre = `(b.jenis_rawat = 1 OR split_part(b.kode_inacbg, '-', 2) = '2')`;
  const own = `${excess} > ln(${t.deviceShareRatio})`;
  const kit = `(${theatre} AND ${kitDevice} > ln(${t.kitDeviceShareRatio}) AND ${kitLine} > ln(${t.kitLineShareRatio}))`;
  return { excess, kitDevice, kitLine, own, kit };
}

/**
 * SQL: claim `b`'s device line is past its own ratio or another operation's set (deviceOutlierSql without the
 * whole line's condition); the line repeats of the provider count these with the drug line's (inflated-line-repeat.ts).
 */
export function deviceOutlierConditionSql(
  t: Readonly<Record<keyof typeof DEVICE_THRESHOLDS, number>>,
  peerDeviceLog: string,
  kitPeers: ProcedureMatchedPeers,
): string {
  const { own, kit } = deviceTerms(t, peerDeviceLog, kitPeers);
  return conditionSql(own, kit);
}
