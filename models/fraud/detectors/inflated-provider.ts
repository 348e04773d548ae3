// INFLATED_BILL as a provider's pattern (DOMAIN.md section 3): a hospital that raises drugs and
// consumables a little on every stay leaves each claim a modest outlier, under the single-claim
// line (inflated-bill.ts drugDeviceShareRatio), but its stays sit above other facilities' on
// group after group. The figures per facility are built with the peers (peers.ts, scope
// 'provider' rows of fraud_procedure_peers) and published, so arrival reads what the batch judged.
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { PROCEDURE_PEER_TABLE } from './peers.js';
import { rupiahSql } from './evidence-rupiah.js';

export const PROVIDER_DRUG_THRESHOLDS = {
  providerDrugShareRatio: {
    value: 1.4,
    source:
      "Assumption: hospitals price drugs and consumables with their own tariffs (tarif RS), and one claim's share may honestly be twice its peers' (drugDeviceShareRatio allows 2.5x); a hospital's median stay, over many patients and groups, averages the patients out and leaves its pricing, which within one INA-CBG package (PMK 3/2023 pays the same whatever the components) has no reason to run 40% above other facilities' on ordinary care.",
  },
  providerDrugSignZ: {
    value: 3,
    source:
      "Sign test: an honest hospital's stays fall above the peer median half the time (binomial, p = 0.5); z >= 3 (one-sided p ~ 0.001), as the provider patterns' Poisson and binomial tests (claim-content.ts providerExcessZ).",
  },
  minProviderDrugGroups: {
    value: 2,
    source:
      "Assumption: the pattern is the provider's only when it holds across its case mix: at least two INA-CBG groups with the hospital's median stay above the peers' (one group high is that group's treatment).",
  },
} satisfies Record<string, DetectorThreshold>;

export const PROVIDER_DRUG_SIGNALS = {
  provider_drug_device_pattern: suspicious(
    "Drugs and consumables above peers on most of the hospital's stays, group after group",
    'Obat dan BMHP di atas pembanding pada sebagian besar rawat inap RS, di banyak kelompok',
  ),
};

/**
 * SQL (HIT_COLUMNS): the stays above their peer median at a facility whose stays are above it
 * consistently: a sign test on its stays, the median ratio past providerDrugShareRatio and more
 * than one CBG high. `join` joins a claim `b` to its peer groups, `peerLog` its peer log share,
 * `peerGroup(lang)` names the group (inflated-bill.ts).
 */
export function providerDrugPatternSql(
  t: Readonly<Record<keyof typeof PROVIDER_DRUG_THRESHOLDS, number>>,
  join: string,
  peerLog: string,
  peerGroup: (lang: 'en' | 'id') => string,
): string {
  const z = `(pv.above_median - pv.n / 2.0) / sqrt(pv.n / 4.0)`;
  return `
SELECT b.nomor_sep, 'provider_drug_device_pattern' AS signal,
  round(b.drug_device_cost * (1 - exp(-(b.drug_device_log - ${peerLog}))), -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Drugs, devices and consumables {} = {:.1f}x the share of the median claim with {}; the hospital''s stays are above their peers'' median {} times in {} (median {:.2f}x, {} CBGs high)',
    ${rupiahSql('b.drug_device_cost')}, exp(b.drug_device_log - ${peerLog}), ${peerGroup('en')}, pv.above_median, pv.n, exp(pv.drug_device_log), pv.groups_above) AS evidence_en,
  format('Obat, alkes dan BMHP {} = {:.1f}x porsi median klaim {}; rawat inap RS ini di atas median pembandingnya {} dari {} kali (median {:.2f}x, {} CBG tinggi)',
    ${rupiahSql('b.drug_device_cost')}, exp(b.drug_device_log - ${peerLog}), ${peerGroup('id')}, pv.above_median, pv.n, exp(pv.drug_device_log), pv.groups_above) AS evidence_id
FROM fraud_claim_base b ${join}
JOIN ${PROCEDURE_PEER_TABLE} pv ON pv.scope = 'provider' AND pv.group_key = b.facility_id
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.drug_device_log > ${peerLog}
  AND pv.drug_device_log > ln(${t.providerDrugShareRatio}) AND ${z} >= ${t.providerDrugSignZ} AND pv.groups_above >= ${t.minProviderDrugGroups}`;
}
