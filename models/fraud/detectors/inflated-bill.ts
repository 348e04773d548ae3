// INFLATED_BILL (DOMAIN.md section 3): drugs, devices and support services billed far above
// procedure-matched peers where the hospital repeats it beyond the peers' own rate of such
// outliers, or far past what tariffs and need explain alone (inflated-line-repeat.ts; an
// operation's device line also on its own: inflated-device.ts), top-ups (special CMG) whose
// item the bill does not carry, and components billed with no record behind them on the claim
// (inflated-record.ts), chronic drugs on a stay with no chronic condition (inflated-chronic.ts),
// a hospital's drugs and consumables above peers on most of its stays (inflated-provider.ts),
// and one doctor's lines above his colleagues' at the same hospital (inflated-doctor.ts), and
// sub-acute top-ups and rehabilitation lines with no such care on the claim (inflated-rehab.ts).
import { MIN_PEER_GROUP } from './peers.js';
import { chronicAllowanceShownSql } from './inflated-supply.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import {
  LINE_REPEAT_THRESHOLDS,
  drugExcessSql,
  drugPeerColumn,
  kitPeers,
  lineOutlierHitSql,
  lineRepeatEvidenceSql,
  lineRepeatJoin,
  procedurePeerJoin,
  STEP_COMPONENTS,
  supportExcessSql,
} from './inflated-line-repeat.js';
import { LINE_STEP_THRESHOLDS, lineStepEvidenceSql, lineStepHitSql, lineStepJoin, lineStepOfSql } from './inflated-line-step.js';
import { RECORD_SIGNALS, RECORD_THRESHOLDS, componentRecordSql } from './inflated-record.js';
import { PROVIDER_DRUG_SIGNALS, PROVIDER_DRUG_THRESHOLDS, providerDrugPatternSql } from './inflated-provider.js';
import { drugTreatedDiagnosisSql } from './inflated-treatment.js';
import { DEVICE_THRESHOLDS, deviceOutlierConditionSql, deviceOutlierSql } from './inflated-device.js';
import type { OwnDeviceSeries } from './inflated-device.js';
import type { LineRepeatValues } from './inflated-line-repeat.js';
import type { ThresholdValues } from './types.js';
import { CHRONIC_SIGNALS, CHRONIC_THRESHOLDS, chronicDrugsWithoutConditionSql } from './inflated-chronic.js';
import { DOCTOR_COMPONENT_SIGNALS, DOCTOR_COMPONENT_THRESHOLDS, doctorComponentSql } from './inflated-doctor.js';
import { REHAB_SIGNALS, REHAB_THRESHOLDS, rehabilitationSql } from './inflated-rehab.js';
import { FEE_STEP_SIGNALS, FEE_STEP_THRESHOLDS, feeStepSql } from './inflated-fee-step.js';
import { SESSION_PRICE_THRESHOLDS, sessionPriceSql } from './inflated-session-price.js';
import { ROOM_DAY_SIGNALS, ROOM_DAY_THRESHOLDS, roomDaysSql } from './inflated-room-days.js';
import { defineDetector, suspicious } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

// a diagnosis whose treatment is a costly drug is judged against its own diagnosis only (inflated-treatment.ts)
const peerColumn = (col: string): string =>
  `CASE WHEN ${drugTreatedDiagnosisSql('b')} THEN pdx.${col} ELSE coalesce(ppr.${col}, pdx.${col}, pcb.${col}) END`;
// a hospital's stays against their peers (inflated-provider.ts), as the provider rows of peers.ts read them
const peerDrugLog = peerColumn('drug_device_log');
/** SQL: true when claim `b`'s drug line is judged against its procedures at every level of its CBG group (drugPeerColumn). */
const drugAllLevelsSql = (b: string): string =>
  `(NOT ${drugTreatedDiagnosisSql(b)} AND ppr.group_key IS NULL AND pdx.group_key IS NULL AND coalesce(pcb.n, 0) < ${MIN_PEER_GROUP} AND pal.group_key IS NOT NULL)`;
/** SQL: the peer group a claim `b`'s drug line was judged against (drugPeerColumn), in words. */
const drugPeerGroupSql = (b: string, lang: 'en' | 'id'): string =>
  `CASE WHEN ${drugAllLevelsSql(b)} THEN format('${lang === 'en' ? 'CBG group {} (all severity levels) and procedures [{}]' : 'kelompok CBG {} (semua tingkat keparahan) dengan tindakan [{}]'}',
    ${b}.cbg_base, array_to_string(${b}.px_list, ', ')) ELSE ${peerGroupSql(b, lang)} END`;
const ordinaryExcess = drugExcessSql;
type LineValues = LineRepeatValues & ThresholdValues<'lineStepRatio' | 'lineStepPeerFloor' | 'componentStepRatio' | 'consumableStepRatio'>;
/** SQL: claim `b`'s drug line, or an operation's consumables set on it, steps above its hospital's own bills (inflated-line-step.ts). */
const drugStepHitSql = (t: LineValues): string =>
  `(${lineStepHitSql(ordinaryExcess, t)} OR ${lineStepHitSql(ordinaryExcess, t, 'consumables')})`;
/**
 * SQL: claim `b`'s ordinary drug line is named by the first drug branch: past its screen where it repeats at the hospital
 * or is huge alone (inflated-line-repeat.ts), or a step above the hospital's own bills, on the line or its consumables,
 * where such steps repeat (inflated-line-step.ts) and the device rule does not name the claim already (one hit a claim).
 */
const drugLineFlaggedSql = (t: LineValues): string =>
  `(b.discharge_status <> 4 AND ((${ordinaryExcess} > ln(${t.drugDeviceShareRatio}) AND ${lineOutlierHitSql('drug', ordinaryExcess, t)})
    OR (${drugStepHitSql(t)} AND (${ordinaryExcess} > ln(${t.drugDeviceShareRatio})
      OR NOT coalesce(${deviceOutlierConditionSql(t, drugPeerColumn('device_log'), kitPeers)}, false)))))`;
/**
 * SQL: the amount at risk of a drug-line hit: the line above its peers or its hospital's own bills where the line names
 * it, else the consumables above the hospital's own (inflated-line-step.ts).
 */
const drugAtRiskSql = (t: LineValues): string =>
  `CASE WHEN (${ordinaryExcess} > ln(${t.drugDeviceShareRatio}) AND ${lineOutlierHitSql('drug', ordinaryExcess, t)}) OR ${lineStepHitSql(ordinaryExcess, t)}
    THEN b.drug_device_cost * (1 - exp(-(${atRiskExcessSql('drug', ordinaryExcess, t.drugDeviceShareRatio, t)})))
    ELSE b.tarif_bmhp * (1 - exp(-${lineStepOfSql(ordinaryExcess, 'consumables')})) END`;
/** SQL: what the own series adds to a drug-line hit's evidence, in `lang`: the line's step, else its consumables'. */
const drugStepEvidenceSql = (t: LineValues, lang: 'en' | 'id'): string =>
  `coalesce(nullif(${lineStepEvidenceSql(ordinaryExcess, t, lang)}, ''), ${lineStepEvidenceSql(ordinaryExcess, t, lang, 'consumables')})`;
/** SQL: the line's excess a hit's amount at risk is read from: over the peers, or the step over the hospital's own bills where only that names it. */
const atRiskExcessSql = (line: 'drug' | 'support', excess: string, screen: number, t: LineValues): string =>
  `CASE WHEN ${excess} > ln(${screen}) AND ${lineOutlierHitSql(line, excess, t)} THEN ${excess} ELSE least(${excess}, ${lineStepOfSql(excess)}) END`;
/** The support line's components judged alone in the hospital's own series (the device line is the device rule's: inflated-device.ts). */
const SUPPORT_COMPONENTS = STEP_COMPONENTS.filter((c) => c.of === 'support');
const supportTotal = 'b.tarif_laboratorium + b.tarif_radiologi + b.tarif_penunjang + b.tarif_sewa_alat';
/**
 * SQL: the amount at risk of a support hit: the line above its peers, or above the hospital's own bills, where the line
 * names it; else the component (laboratory, radiology) above the hospital's own bills (inflated-line-step.ts).
 */
const supportAtRiskSql = (t: LineValues): string =>
  `CASE WHEN (${supportExcessSql} > ln(${t.supportShareRatio}) AND ${lineOutlierHitSql('support', supportExcessSql, t)}) OR ${lineStepHitSql(supportExcessSql, t, 'support')}
    THEN (${supportTotal}) * (1 - exp(-(${atRiskExcessSql('support', supportExcessSql, t.supportShareRatio, t)})))
    ${SUPPORT_COMPONENTS.map((c) => `WHEN ${lineStepHitSql(supportExcessSql, t, c.line)} THEN b.${c.column} * (1 - exp(-${lineStepOfSql(supportExcessSql, c.line)}))`).join('\n    ')} END`;
/** SQL: claim `b`'s support line is named: past its screen where it repeats or is huge alone, or a step above its hospital's own bills, on the line or one of its components. */
const supportFlaggedSql = (t: LineValues): string =>
  `(${supportExcessSql} > ln(${t.supportShareRatio}) AND ${lineOutlierHitSql('support', supportExcessSql, t)}) OR ${(['support', ...SUPPORT_COMPONENTS.map((c) => c.line)] as const).map((l) => lineStepHitSql(supportExcessSql, t, l)).join(' OR ')}`;
/** SQL: what the own series adds to a support hit's evidence, in `lang`: the line's step, else the first component's. */
const supportStepEvidenceSql = (t: LineValues, lang: 'en' | 'id'): string =>
  `coalesce(${(['support', ...SUPPORT_COMPONENTS.map((c) => c.line)] as const).map((l) => `nullif(${lineStepEvidenceSql(supportExcessSql, t, lang, l)}, '')`).join(', ')}, '')`;
const supportJoins = `${procedurePeerJoin('b')} ${lineRepeatJoin('support', PROVIDER_DISTRIBUTION_TABLE)} ${(['support', ...SUPPORT_COMPONENTS.map((c) => c.line)] as const).map((l) => lineStepJoin(l, PROVIDER_DISTRIBUTION_TABLE)).join(' ')}`;
const drugJoins = `${procedurePeerJoin('b')} ${lineRepeatJoin('drug', PROVIDER_DISTRIBUTION_TABLE)} ${lineStepJoin('drug', PROVIDER_DISTRIBUTION_TABLE)} ${lineStepJoin('consumables', PROVIDER_DISTRIBUTION_TABLE)}`;
const deviceJoins = `${procedurePeerJoin('b')} ${(['drug', 'consumables', 'device'] as const).map((l) => lineStepJoin(l, PROVIDER_DISTRIBUTION_TABLE)).join(' ')}`;
/**
 * An implant operation's device line against its hospital's own series (inflated-line-step.ts) where the drug line's own
 * step, or its consumables', does not name the claim already (one hit a claim).
 */
const ownDeviceSeries = (t: LineValues): OwnDeviceSeries => ({
  hit: `(${lineStepHitSql(ordinaryExcess, t, 'device')} AND NOT ${drugStepHitSql(t)})`,
  step: lineStepOfSql(ordinaryExcess, 'device'),
  evidence: (lang) => lineStepEvidenceSql(ordinaryExcess, t, lang, 'device'),
});
const allowanceShown = chronicAllowanceShownSql('b', drugPeerColumn('ordinary_drug_log'), drugPeerColumn('chronic_drug_share'));
/** SQL: the peer group a claim `b` of procedurePeerJoin was judged against, in words. */
const peerGroupSql = (b: string, lang: 'en' | 'id'): string =>
  lang === 'en'
    ? `CASE WHEN ${drugTreatedDiagnosisSql(b)} THEN format('CBG {} and diagnosis {}', ${b}.kode_inacbg, ${b}.dx_category)
        WHEN ppr.group_key IS NOT NULL THEN format('CBG {} and procedures [{}]', ${b}.kode_inacbg, array_to_string(${b}.px_list, ', '))
        WHEN pdx.group_key IS NOT NULL THEN format('CBG {} and diagnosis {}', ${b}.kode_inacbg, ${b}.dx_category) ELSE format('CBG {}', ${b}.kode_inacbg) END`
    : `CASE WHEN ${drugTreatedDiagnosisSql(b)} THEN format('CBG {} dengan diagnosis {}', ${b}.kode_inacbg, ${b}.dx_category)
        WHEN ppr.group_key IS NOT NULL THEN format('CBG {} dengan tindakan [{}]', ${b}.kode_inacbg, array_to_string(${b}.px_list, ', '))
        WHEN pdx.group_key IS NOT NULL THEN format('CBG {} dengan diagnosis {}', ${b}.kode_inacbg, ${b}.dx_category) ELSE format('CBG {}', ${b}.kode_inacbg) END`;

/**
 * SQL: the special CMG top-ups of claim `b` whose item has no cost in the hospital bill: RR (prosthesis), SP-01
 * (stent) and SP-02 (lens) in devices, SD-02 (chemotherapy agent) in chemotherapy drugs, SD-01 (thrombolytic)
 * in drugs, SI (CT, MRI) in radiology. SA (sub-acute care) pays for days, not an item.
 */
const topupItemMissingSql = (b: string): string =>
  `list_filter(${b}.topups, x -> CASE WHEN x LIKE 'RR-%' OR x IN ('SP-01', 'SP-02') THEN ${b}.tarif_alkes = 0
    WHEN x = 'SD-02' THEN ${b}.tarif_obat_kemoterapi = 0 WHEN x = 'SD-01' THEN ${b}.tarif_obat = 0
    WHEN x LIKE 'SI-%' THEN ${b}.tarif_radiologi = 0 ELSE false END)`;
/** SQL: the bill component a top-up's item belongs in, by name. */
const topupComponentNameSql = (x: string, lang: 'en' | 'id'): string =>
  lang === 'en'
    ? `CASE WHEN ${x} LIKE 'SD-02' THEN 'chemotherapy drugs Rp0' WHEN ${x} = 'SD-01' THEN 'drugs Rp0' WHEN ${x} LIKE 'SI-%' THEN 'radiology Rp0' ELSE 'devices Rp0' END`
    : `CASE WHEN ${x} LIKE 'SD-02' THEN 'obat kemoterapi Rp0' WHEN ${x} = 'SD-01' THEN 'obat Rp0' WHEN ${x} LIKE 'SI-%' THEN 'radiologi Rp0' ELSE 'alkes Rp0' END`;

export const INFLATED_BILL_DETECTOR = defineDetector({
  code: 'INFLATED_BILL',
  nameId: 'Penggelembungan tagihan obat, alkes dan BMHP',
  nameEn: 'Inflated drugs, devices and consumables',
  thresholds: {
    drugDeviceShareRatio: {
      value: 2.5,
      source:
        'Assumption: each hospital sets its own component tariffs (tarif RS), so for the same treatment the share of drugs, devices and consumables differs by up to about 2x between honest hospitals (a dialysis unit that itemises dialysers and lines against one that books them as a procedure fee); 2.5 times the share (odds) of the median claim with the same CBG and procedures is beyond costing practice. The share is of the services (the bill less the ordinary and chronic drug lines), and a visit that billed less than half the chronic-drug line of its peers (obat kronis, paid outside the package) may carry the rest of their supply on the ordinary line (inflated-supply.ts). A CBG of fewer than MIN_PEER_GROUP claims is no norm for drugs and devices; a claim with procedures there is judged against the same procedures at every severity level of its CBG group. Stays ending in death are left out: dying patients receive the most drugs.',
    },
    supportShareRatio: {
      value: 2,
      source:
        'Assumption, as for drugs: laboratory, radiology, other support and equipment rental at twice the share of the median claim with the same CBG and procedures.',
    },
    // a line outlier is a hit when it repeats at the hospital or is huge alone (inflated-line-repeat.ts)
    ...LINE_REPEAT_THRESHOLDS,
    // and a step above the hospital's own bills of the same peer group, where such steps repeat (inflated-line-step.ts)
    ...LINE_STEP_THRESHOLDS,
    ...DEVICE_THRESHOLDS,
    ...RECORD_THRESHOLDS,
    ...CHRONIC_THRESHOLDS,
    ...PROVIDER_DRUG_THRESHOLDS,
    ...DOCTOR_COMPONENT_THRESHOLDS,
    ...REHAB_THRESHOLDS,
    ...FEE_STEP_THRESHOLDS,
    ...SESSION_PRICE_THRESHOLDS,
    ...ROOM_DAY_THRESHOLDS,
  },
  signals: {
    drug_device_outlier: suspicious(
      'Drugs and devices far above procedure-matched peers',
      'Obat dan alkes jauh di atas pembanding setindakan',
    ),
    support_services_outlier: suspicious(
      'Support services far above procedure-matched peers',
      'Layanan penunjang jauh di atas pembanding setindakan',
    ),
    ...RECORD_SIGNALS,
    ...CHRONIC_SIGNALS,
    ...PROVIDER_DRUG_SIGNALS,
    ...DOCTOR_COMPONENT_SIGNALS,
    ...REHAB_SIGNALS,
    ...FEE_STEP_SIGNALS,
    ...ROOM_DAY_SIGNALS,
    topup_without_procedure: suspicious('Top-up without its procedure', 'Top-up tanpa tindakan pendukung'),
    topup_item_not_billed: suspicious(
      'Top-up for an item the hospital bill does not contain',
      'Top-up untuk barang yang tidak ada dalam tagihan RS',
    ),
  },
  // Peers share the CBG and the procedures: a routine treatment billed at a fixed tariff (twice-weekly
  // haemodialysis, a chemotherapy cycle) is compared with the same treatment, never with the CBG's other claims;
  // without enough of those, the CBG's claims of the same diagnosis category, then the CBG (for drugs and devices,
  // only a CBG of MIN_PEER_GROUP claims or more).
  sql: (t) => `
SELECT b.nomor_sep, 'drug_device_outlier' AS signal,
  round(${drugAtRiskSql(t)}, -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Drugs, devices and consumables {} = {:.1f}x the share of the median claim with {}{}{}', ${rupiahSql('b.drug_device_cost')}, exp(${ordinaryExcess}), ${drugPeerGroupSql('b', 'en')},
    CASE WHEN ${allowanceShown} THEN format(' and the part of its chronic-drug line this claim (chronic drugs {}) did not bill', ${rupiahSql('b.tarif_obat_kronis')}) ELSE '' END,
    ${lineRepeatEvidenceSql(t.drugDeviceShareRatio, 'en')} || ${drugStepEvidenceSql(t, 'en')}) AS evidence_en,
  format('Obat, alkes dan BMHP {} = {:.1f}x porsi median klaim {}{}{}', ${rupiahSql('b.drug_device_cost')}, exp(${ordinaryExcess}), ${drugPeerGroupSql('b', 'id')},
    CASE WHEN ${allowanceShown} THEN format(' ditambah bagian obat kronisnya yang tidak ditagih klaim ini (obat kronis {})', ${rupiahSql('b.tarif_obat_kronis')}) ELSE '' END,
    ${lineRepeatEvidenceSql(t.drugDeviceShareRatio, 'id')} || ${drugStepEvidenceSql(t, 'id')}) AS evidence_id
FROM fraud_claim_base b ${drugJoins}
-- an outlier of the line is a hit when it repeats at the hospital beyond the peers' rate, or is huge alone (inflated-line-repeat.ts),
-- or a step above the hospital's own bills of the group where its steps repeat (inflated-line-step.ts)
WHERE ${drugLineFlaggedSql(t)}
UNION ALL
-- the device line on its own (inflated-device.ts) is judged where the whole line is within its peers' range, as before
${deviceOutlierSql(t, deviceJoins, drugPeerColumn('device_log'), `${ordinaryExcess} > ln(${t.drugDeviceShareRatio})`, kitPeers, (lang) => drugPeerGroupSql('b', lang), ownDeviceSeries(t))}
UNION ALL
-- a routine dialysis session against other units' session price, each unit one voice (inflated-session-price.ts)
-- (lineFlagged is the first branch's WHERE: one hit a claim)
${sessionPriceSql(t, drugJoins, drugLineFlaggedSql(t))}
UNION ALL
SELECT b.nomor_sep, 'support_services_outlier',
  round(${supportAtRiskSql(t)}, -2)::BIGINT,
  []::VARCHAR[],
  format('Laboratory, radiology, support and equipment {} = {:.1f}x the share of the median claim with {}{}',
    ${rupiahSql('b.tarif_laboratorium + b.tarif_radiologi + b.tarif_penunjang + b.tarif_sewa_alat')}, exp(${supportExcessSql}), ${peerGroupSql('b', 'en')},
    ${lineRepeatEvidenceSql(t.supportShareRatio, 'en')} || ${supportStepEvidenceSql(t, 'en')}),
  format('Laboratorium, radiologi, penunjang dan sewa alat {} = {:.1f}x porsi median klaim {}{}',
    ${rupiahSql('b.tarif_laboratorium + b.tarif_radiologi + b.tarif_penunjang + b.tarif_sewa_alat')}, exp(${supportExcessSql}), ${peerGroupSql('b', 'id')},
    ${lineRepeatEvidenceSql(t.supportShareRatio, 'id')} || ${supportStepEvidenceSql(t, 'id')})
FROM fraud_claim_base b ${supportJoins}
-- the line past its screen where it repeats or huge alone (inflated-line-repeat.ts), or a step above the hospital's own
-- bills, on the line or on its laboratory or radiology alone (inflated-line-step.ts)
WHERE ${supportFlaggedSql(t)}
UNION ALL
${componentRecordSql(t)}
UNION ALL
${chronicDrugsWithoutConditionSql(t)}
UNION ALL
${providerDrugPatternSql(t, procedurePeerJoin('b'), peerDrugLog, (lang) => peerGroupSql('b', lang))}
UNION ALL
${doctorComponentSql(t)}
UNION ALL
${rehabilitationSql(t)}
UNION ALL
${feeStepSql(t)}
UNION ALL
-- the room line above the hospital's own stays of the code and class, repeated: census bed-days (inflated-room-days.ts)
${roomDaysSql(t)}
UNION ALL
SELECT b.nomor_sep, 'topup_without_procedure',
  (SELECT sum(r.tariff) FROM fraud_ref_topup r WHERE list_contains(b.unjustified_topups, r.code))::BIGINT,
  []::VARCHAR[],
  format('Special CMG top-up {} billed without its justifying procedure', array_to_string(b.unjustified_topups, ', ')),
  format('Top-up special CMG {} ditagih tanpa tindakan pendukung', array_to_string(b.unjustified_topups, ', '))
FROM fraud_claim_base b WHERE len(b.unjustified_topups) > 0
UNION ALL
-- the top-up pays for an item the hospital supplies and bills (DOMAIN.md: prosthesis top-up without its match):
-- a prosthesis, stent or lens in devices, a chemotherapy agent in chemotherapy drugs, a thrombolytic in drugs,
-- a CT or MRI in radiology; that component at zero means the item the top-up pays for was not supplied
SELECT b.nomor_sep, 'topup_item_not_billed',
  (SELECT sum(r.tariff) FROM fraud_ref_topup r WHERE list_contains(${topupItemMissingSql('b')}, r.code))::BIGINT, []::VARCHAR[],
  format('Special CMG top-up {} billed while the hospital bill holds nothing for the item it pays for ({})',
    array_to_string(${topupItemMissingSql('b')}, ', '), array_to_string(list_transform(${topupItemMissingSql('b')}, x -> ${topupComponentNameSql('x', 'en')}), ', ')),
  format('Top-up special CMG {} ditagih padahal tagihan RS tidak memuat barang yang dibayarnya ({})',
    array_to_string(${topupItemMissingSql('b')}, ', '), array_to_string(list_transform(${topupItemMissingSql('b')}, x -> ${topupComponentNameSql('x', 'id')}), ', '))
FROM fraud_claim_base b WHERE len(${topupItemMissingSql('b')}) > 0`,
});
