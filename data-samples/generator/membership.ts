// JKN membership events over time, from what the extract already says about a member:
// registration (jkn_registered_date), activation after the waiting period for self-paying
// members (PBPU, BP), and for them the card deactivated for arrears and reactivated on
// payment, read from the same KES ledger the contributions file carries. Claims are only
// generated while the card is active (claims-final.ts drops the others), as an SEP cannot
// be issued on an inactive card.
import { WAITING_PERIOD_DAYS } from '../schema/index.js';
import { kesContributionsSql } from './contributions.js';
import type { RunPlan } from './options.js';

/** Segments that pay themselves, wait before activation and lose the card for arrears. */
export const SELF_PAYING_SEGMENTS = ['PBPU', 'BP'] as const;

/**
 * Tables `card_inactive` (id, s, e: the card is inactive on days s <= d < e) and `mev`
 * (the membership_events rows). A month not paid by its last day deactivates the card from
 * the first of the next month until the next payment of any month (the arrears are assumed
 * settled with it: a simplification); never paid, it stays inactive past the ledger end.
 */
export function membershipSql(plan: RunPlan): string[] {
  const end = `DATE '${plan.ledgerEnd}'`;
  return [`
CREATE OR REPLACE TABLE card_inactive AS
WITH kes AS (
  SELECT m.id, k.period, k.paid_date
  FROM (${kesContributionsSql(plan, SELF_PAYING_SEGMENTS)}) k JOIN m USING (nik)
), w0 AS (
  SELECT id, period, paid_date,
    (period + INTERVAL 1 MONTH)::DATE AS s,
    min(paid_date) OVER (PARTITION BY id ORDER BY period ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS next_paid
  FROM kes
), w1 AS (
  SELECT id, s, coalesce(next_paid, DATE '9999-12-31') AS e
  FROM w0 WHERE (paid_date IS NULL OR paid_date > last_day(period)) AND s <= ${end} AND coalesce(next_paid, DATE '9999-12-31') > s
), w2 AS (
  -- merge overlapping windows (gaps and islands)
  SELECT *, sum(CASE WHEN s > prev_e THEN 1 ELSE 0 END) OVER (PARTITION BY id ORDER BY s, e) AS grp
  FROM (SELECT *, coalesce(max(e) OVER (PARTITION BY id ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), DATE '0001-01-01') AS prev_e FROM w1)
)
SELECT id, min(s) AS s, max(e) AS e FROM w2 GROUP BY id, grp
UNION ALL
-- the waiting period of a self-paying member
SELECT id, jkn_registered_date AS s, jkn_registered_date + ${WAITING_PERIOD_DAYS} AS e FROM m
WHERE list_contains(['PBPU', 'BP'], jkn_segment)`, `
CREATE OR REPLACE TABLE mev AS
WITH ev AS (
  SELECT id, jkn_registered_date AS event_date, 1 AS seq, 'DAFTAR' AS event_type,
    CASE WHEN list_contains(['PBPU', 'BP'], jkn_segment) THEN 'NONAKTIF' ELSE 'AKTIF' END AS card_status
  FROM m WHERE jkn_registered_date <= ${end}
  UNION ALL
  SELECT id, jkn_registered_date + ${WAITING_PERIOD_DAYS}, 2, 'AKTIVASI', 'AKTIF'
  FROM m WHERE list_contains(['PBPU', 'BP'], jkn_segment) AND jkn_registered_date + ${WAITING_PERIOD_DAYS} <= ${end}
  UNION ALL
  SELECT id, s, 3, 'NONAKTIF_TUNGGAKAN', 'NONAKTIF' FROM card_inactive c
  WHERE s > (SELECT jkn_registered_date + ${WAITING_PERIOD_DAYS} FROM m WHERE m.id = c.id) AND s <= ${end}
  UNION ALL
  SELECT id, e, 4, 'AKTIF_KEMBALI', 'AKTIF' FROM card_inactive c
  WHERE s > (SELECT jkn_registered_date + ${WAITING_PERIOD_DAYS} FROM m WHERE m.id = c.id) AND e <= ${end}
)
SELECT ev.id * 1000 + row_number() OVER (PARTITION BY ev.id ORDER BY event_date, seq) AS _key,
  'MEV' || lpad(ev.id::VARCHAR, 10, '0') || '-' || lpad((row_number() OVER (PARTITION BY ev.id ORDER BY event_date, seq))::VARCHAR, 3, '0') AS event_id,
  m.nomor_kartu, event_date, event_type, m.jkn_segment, card_status
FROM ev JOIN m ON m.id = ev.id
ORDER BY ev.id, event_date, seq`];
}

export const MEMBERSHIP_EVENTS_SELECT = `SELECT _key, event_id, nomor_kartu, event_date, event_type, jkn_segment, card_status FROM mev`;

/**
 * Marks each built claim whose admission falls on an inactive card (`src_inactive`): claims
 * spawned from it (a readmission, a repeat, a transfer's second stay) carry the mark, so
 * that claims-final.ts drops an episode whole rather than leave half a pair.
 */
export function markInactiveClaimsSql(): string {
  return `CREATE OR REPLACE TABLE cb AS
SELECT cb.*, EXISTS (SELECT 1 FROM card_inactive w WHERE w.id = cb.id AND cb.tgl_masuk >= w.s AND cb.tgl_masuk < w.e) AS src_inactive
FROM cb ORDER BY claim_key`;
}
