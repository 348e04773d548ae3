// UPCODING as a provider's severity mix over all its CBG groups together: a hospital that codes a
// few stays of each of many groups one level up (severity I to II, or II to III) stays inside the
// chance range of every single group (provider-excess-hits.ts group_severity_above_peers judges one
// group) and out of the severity-III count (severity_mix_above_peers), yet its stays above
// severity I, summed over its groups, exceed what each group's rate at the other facilities of its
// class gives. DOMAIN.md section 3 ("severity share vs peers of the same hospital class and CBG"),
// counted as in hospital profiling: observed against expected from case-mix-matched peers that are
// never the provider itself (indirect standardisation). It reads only fraud_other_facility_peers,
// which arrival receives for the claim's facility, so batch and arrival judge by the same counts.
import { OTHER_FACILITY_PEER_TABLE, otherFacilityJoin } from './other-facility-peers.js';
import { binomialExcessSql } from './provider-excess.js';
import type { ExcessThresholds } from './provider-excess.js';
import { resourcesBelowLevelSql, severityStepShare } from './provider-excess-hits.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of severity_above_peers_across_groups (claim-content.ts spreads them into the detector). */
export const SEVERITY_ACROSS_GROUPS_THRESHOLDS = Object.freeze({
  acrossGroupsExcessRatio: {
    value: 1.15,
    source:
      "Assumption, checked without labels: about a sixth more stays above severity I, summed over all of a provider's CBG groups, than each group's rate at its other facilities of the class gives (indirect standardisation, as hospital profiling counts observed against expected). Once case mix is matched, hospitals differ little: on a 171,382-claim generated run (100,000 members, seed 3, 67 hospitals) three hospitals at 1.15-1.22x with z >= 3.5, the other 64 within chance (|z| < 2) or at 0.85-1.14x, two of which other UPCODING patterns (severity_unsupported_at_provider, severity_without_support) already name; at 1.1 a fourth hospital (1.11x) joined. A hospital coding a tenth of its severity-I stays one level up moves its third above I to about 0.4 (1.2x), each group too little to judge alone.",
  },
  acrossGroupsExcessZ: {
    value: 3,
    source: 'Binomial test of the stays above severity I over all groups against the expected count: z >= 3 (one-sided p ~ 0.001).',
  },
} satisfies Record<string, DetectorThreshold>);

/**
 * SQL: per facility and CBG group, its stays, those above severity I and the rate of the group's other
 * facilities (one row per group: fraud_other_facility_peers repeats them on each code of the group).
 */
const groupMixSql = `SELECT facility_id, cbg_base, any_value(group_stays) AS n, any_value(group_above_one_observed) AS above_one,
    any_value(group_above_one_rate) AS rate
  FROM ${OTHER_FACILITY_PEER_TABLE} WHERE group_stays > 0 GROUP BY facility_id, cbg_base`;

/**
 * UPCODING `severity_above_peers_across_groups`: at a provider whose stays above severity I over all
 * its groups exceed the sum of each group's rate at its other facilities (binomial: the levels are
 * common, a third of honest stays), the stays above severity I of the groups it codes up (more than
 * the group's rate gives), without intensive care, billed below the median of their level at other
 * facilities: the stays whose resources do not already show the level. The excess share of the
 * provider's severity (1 - expected / observed) of one level's tariff step is at risk.
 */
export function severityAcrossGroupsHitsSql(t: ExcessThresholds): string {
  return `
SELECT b.nomor_sep, 'severity_above_peers_across_groups' AS signal,
  round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')} * (1 - least(p.expected / greatest(p.observed, 1), 1)), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Provider {} coded {:.1f} of its {:.1f} stays in {} CBG groups above severity I (a family''s stays admitted together counted as one) where each group''s rate at other class {} facilities gives {:.1f} ({:.2f}x); in group {} it coded {:.1f} of {:.1f} where {:.1f} are expected; this stay {} is billed {} over {} days, below the median of its level elsewhere, without intensive care',
    b.facility_id, p.observed, p.stays, p.groups, b.hospital_class, p.expected, p.observed / greatest(p.expected, 0.5),
    b.cbg_base, g.above_one, g.n, g.n * g.rate, b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los) AS evidence_en,
  format('RS {} mengode {:.1f} dari {:.1f} rawat inap di {} kelompok CBG di atas severitas I (rawat inap satu keluarga yang masuk bersama dihitung satu), sedangkan laju tiap kelompok di faskes kelas {} lain memberi {:.1f} ({:.2f}x); pada kelompok {} {:.1f} dari {:.1f} dengan harapan {:.1f}; rawat ini {} ditagih {} selama {} hari, di bawah median tingkatnya di faskes lain, tanpa perawatan intensif',
    b.facility_id, p.observed, p.stays, p.groups, b.hospital_class, p.expected, p.observed / greatest(p.expected, 0.5),
    b.cbg_base, g.above_one, g.n, g.n * g.rate, b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los) AS evidence_id
FROM fraud_claim_base b ${otherFacilityJoin('b', 'own')}
JOIN (${groupMixSql}) g ON g.facility_id = b.facility_id AND g.cbg_base = b.cbg_base
JOIN (
  SELECT facility_id, sum(n) AS stays, count(*) AS groups, sum(above_one) AS observed, sum(n * rate) AS expected,
    sum(n * rate * (1 - rate)) AS variance
  FROM (${groupMixSql}) GROUP BY facility_id
) p ON p.facility_id = b.facility_id
WHERE ${resourcesBelowLevelSql('b')}
  AND g.above_one > g.n * g.rate AND ${binomialExcessSql('p.observed', 'p.expected', 'p.variance', t)}`;
}
