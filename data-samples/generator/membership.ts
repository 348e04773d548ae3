// JKN membership events over time, from what the extract already says about a member:
// registration (jkn_registered_date), activation after the waiting period for self-paying
// members (PBPU, BP), and for them the card deactivated for arrears and reactivated on
// payment, read from the same KES ledger the contributions file carries. Claims are only
// generated while the card is active (claims-final.ts drops the others), as an SEP cannot
// be issued on an inactive card.
import { NEWBORN_REGISTRATION_DAYS, WAITING_PERIOD_DAYS } from '../schema/index.js';
import { kesContributionsSql } from './contributions.js';
import type { RunPlan } from './options.js';

/** A member registered within NEWBORN_REGISTRATION_DAYS of birth: covered from birth, no waiting period (columns of `m`). */
export const newbornSql = (prefix = ''): string => `(${prefix}jkn_registered_date <= ${prefix}birth_date + ${NEWBORN_REGISTRATION_DAYS})`;
const NEWBORN = newbornSql();
const SELF_PAYING = `('PBPU', 'BP')`;

/** Segments that pay themselves, wait before activation and lose the card for arrears. */
export const SELF_PAYING_SEGMENTS = ['PBPU', 'BP'] as const;

/** Members who change segment in the ledger, from the old segment (assumption: shares below). */
const FIRST_JOB_FROM_PBI_SHARE = 0.5;

/**
 * Table `seg_change` (id, change_date, old_segment): JKN segment changes (PINDAH_SEGMEN) read
 * off the employment record. A member whose first wage-earning spell starts in the ledger was
 * PBPU (or, half the time, PBI) before it and becomes PPU on its first day; a former wage
 * earner whose last spell ended in the ledger was PPU until the day after it ended and then
 * takes the segment the members table gives (PBPU, BP or PBI). The care class is kept.
 */
function segmentChangeSql(plan: RunPlan): string {
  return `
CREATE OR REPLACE TABLE seg_change AS
WITH last AS (
  SELECT id, arg_max(s, s) AS last_s, arg_max(start_date, s) AS start_date, arg_max(end_date, s) AS end_date, arg_max(bpu, s) AS bpu
  FROM spells GROUP BY id
), c AS (
  SELECT m.id,
    CASE WHEN m.jkn_segment = 'PPU' AND l.last_s = 0 AND NOT l.bpu THEN l.start_date
         WHEN m.jkn_segment <> 'PPU' AND NOT l.bpu AND l.end_date IS NOT NULL THEN l.end_date + 1 END AS change_date,
    CASE WHEN m.jkn_segment = 'PPU' THEN (CASE WHEN u(m.id, 'oldsegment') < ${FIRST_JOB_FROM_PBI_SHARE} THEN 'PBI' ELSE 'PBPU' END)
         ELSE 'PPU' END AS old_segment,
    m.jkn_registered_date, m.death_date
  FROM m JOIN last l USING (id)
)
SELECT id, change_date, old_segment FROM c
WHERE change_date > greatest(DATE '${plan.ledgerStart}', jkn_registered_date + 60) AND change_date <= DATE '${plan.ledgerEnd}' - 30
  AND (death_date IS NULL OR death_date > change_date)
ORDER BY id`;
}

/**
 * Tables `card_inactive` (id, s, e: the card is inactive on days s <= d < e) and `mev`
 * (the membership_events rows). A month not paid by its last day deactivates the card from
 * the first of the next month until the next payment of any month (the arrears are assumed
 * settled with it: a simplification); never paid, it stays inactive past the ledger end.
 */
export function membershipSql(plan: RunPlan): string[] {
  const end = `DATE '${plan.ledgerEnd}'`;
  return [
    segmentChangeSql(plan),
    `
CREATE OR REPLACE TABLE m_reg AS
-- the segment each member registered in: the old one of a later segment change
SELECT m.id, m.jkn_registered_date, m.birth_date, CASE WHEN sc.change_date > m.jkn_registered_date THEN sc.old_segment ELSE m.jkn_segment END AS reg_segment
FROM m LEFT JOIN seg_change sc USING (id) ORDER BY m.id`,
    `
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
  -- arrears of a self-paying period end when the member becomes a wage earner or PBI (the employer or the state pays)
  SELECT id, s, least(coalesce(next_paid, DATE '9999-12-31'),
      CASE WHEN sc.old_segment IN ${SELF_PAYING} AND sc.change_date >= s THEN sc.change_date ELSE DATE '9999-12-31' END) AS e
  FROM w0 LEFT JOIN seg_change sc USING (id)
  WHERE (paid_date IS NULL OR paid_date > last_day(period)) AND s <= ${end} AND coalesce(next_paid, DATE '9999-12-31') > s
    AND NOT coalesce(sc.old_segment IN ${SELF_PAYING} AND s >= sc.change_date, false)
), w2 AS (
  -- merge overlapping windows (gaps and islands)
  SELECT *, sum(CASE WHEN s > prev_e THEN 1 ELSE 0 END) OVER (PARTITION BY id ORDER BY s, e) AS grp
  FROM (SELECT *, coalesce(max(e) OVER (PARTITION BY id ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), DATE '0001-01-01') AS prev_e FROM w1)
)
SELECT id, min(s) AS s, max(e) AS e FROM w2 GROUP BY id, grp
UNION ALL
-- the waiting period of a self-paying member (none for a newborn registered in time: covered from birth)
SELECT id, jkn_registered_date AS s, jkn_registered_date + ${WAITING_PERIOD_DAYS} AS e FROM m_reg
WHERE reg_segment IN ${SELF_PAYING} AND NOT ${NEWBORN}`,
    `
CREATE OR REPLACE TABLE mev AS
WITH ev AS (
  SELECT id, jkn_registered_date AS event_date, 1 AS seq, 'DAFTAR' AS event_type,
    CASE WHEN reg_segment IN ${SELF_PAYING} AND NOT ${NEWBORN} THEN 'NONAKTIF' ELSE 'AKTIF' END AS card_status
  FROM m_reg WHERE jkn_registered_date <= ${end}
  UNION ALL
  SELECT id, jkn_registered_date + ${WAITING_PERIOD_DAYS}, 2, 'AKTIVASI', 'AKTIF'
  FROM m_reg WHERE reg_segment IN ${SELF_PAYING} AND NOT ${NEWBORN} AND jkn_registered_date + ${WAITING_PERIOD_DAYS} <= ${end}
  UNION ALL
  SELECT id, s, 3, 'NONAKTIF_TUNGGAKAN', 'NONAKTIF' FROM card_inactive c
  WHERE s > (SELECT jkn_registered_date + ${WAITING_PERIOD_DAYS} FROM m WHERE m.id = c.id) AND s <= ${end}
  UNION ALL
  SELECT id, e, 4, 'AKTIF_KEMBALI', 'AKTIF' FROM card_inactive c
  WHERE s > (SELECT jkn_registered_date + ${WAITING_PERIOD_DAYS} FROM m WHERE m.id = c.id) AND e <= ${end}
  UNION ALL
  -- a segment change keeps the card active (the new payer takes over from the change)
  SELECT id, change_date, 5, 'PINDAH_SEGMEN', 'AKTIF' FROM seg_change WHERE change_date <= ${end}
)
SELECT ev.id * 1000 + row_number() OVER (PARTITION BY ev.id ORDER BY event_date, seq) AS _key,
  'MEV' || lpad(ev.id::VARCHAR, 10, '0') || '-' || lpad((row_number() OVER (PARTITION BY ev.id ORDER BY event_date, seq))::VARCHAR, 3, '0') AS event_id,
  m.nomor_kartu, event_date, event_type,
  CASE WHEN ev.event_date < sc.change_date THEN sc.old_segment ELSE m.jkn_segment END AS jkn_segment, card_status
FROM ev JOIN m ON m.id = ev.id LEFT JOIN seg_change sc ON sc.id = ev.id
ORDER BY ev.id, event_date, seq`,
  ];
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
