// Feature tables the foundation publishes, as data: name, entity, description, and the
// DuckDB SQL for one partition. Product issues add their own (fraud: claim and provider
// features; credit: participant; K3: employer). These move to features/ with the
// feature registry; the stage machinery only needs this shape.
import type { RunSpec } from '../stage-definition.js';
import { memberPartitions } from './member-buckets.js';

export interface FeatureTableDef {
  readonly kind: 'feature-table';
  /** Warehouse table name of the published features, also the snapshot's file name. */
  readonly name: string;
  readonly entity: 'member' | 'claim' | 'provider' | 'employer';
  readonly description: string;
  /** Partition keys (job-id safe) with the SQL predicate each stands for, for a run. */
  partitions(run: RunSpec): Readonly<Record<string, string>>;
  /** Tables the SQL reads; a partition over an empty warehouse writes an empty file. */
  readonly sources: readonly string[];
  /** SELECT for one partition; `where` is the partition's predicate. */
  sql(where: string): string;
}

/**
 * Contribution behaviour per member and agency: months due, unpaid and paid late, rupiah
 * due and paid, share paid. Arrears and lateness drive the credit and compliance models.
 * Partitioned by member key (member-buckets.ts): a member's row of either agency needs only
 * that member's ledger.
 */
export const MEMBER_CONTRIBUTION_SUMMARY: FeatureTableDef = Object.freeze({
  kind: 'feature-table' as const,
  name: 'feat_member_contributions',
  entity: 'member' as const,
  description: 'Per member and agency: contribution months due, unpaid, paid late; rupiah due and paid; share paid.',
  partitions: memberPartitions,
  sources: Object.freeze(['raw_contributions']),
  sql: (where: string) => `
    SELECT
      member_key,
      agency,
      count(*)::INTEGER AS months_due,
      count(*) FILTER (WHERE paid_date IS NULL)::INTEGER AS months_unpaid,
      count(*) FILTER (WHERE paid_date > due_date)::INTEGER AS months_paid_late,
      sum(amount_due)::BIGINT AS amount_due_total,
      sum(amount_paid)::BIGINT AS amount_paid_total,
      CASE WHEN sum(amount_due) > 0 THEN sum(amount_paid)::DOUBLE / sum(amount_due)::DOUBLE END AS paid_share,
      max(period) AS last_period
    FROM raw_contributions
    WHERE ${where}
    GROUP BY member_key, agency
    ORDER BY member_key, agency`,
});

export const FOUNDATION_FEATURE_TABLES: readonly FeatureTableDef[] = Object.freeze([MEMBER_CONTRIBUTION_SUMMARY]);
