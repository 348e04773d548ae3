// Point-in-time credit features in DuckDB SQL: one row per member as the record stood at an
// observation date. Only what was known before that date counts: a contribution is in
// arrears if it was due and not paid by then, a claim counts once submitted, a KK/PAK case
// once reported.
import { PAYMENT_STATUS, SEQUENCE_MONTHS } from './registry.js';

/** Months before the observation date the monthly grid covers (the longest window). */
export const HISTORY_WINDOW_MONTHS = SEQUENCE_MONTHS;

/** Column names of the payment-status sequence, oldest month first. */
export function sequenceColumns(): string[] {
  return Array.from({ length: SEQUENCE_MONTHS }, (_, i) => `pay_status_m${String(i + 1).padStart(2, '0')}`);
}

export interface CreditFeatureSqlOptions {
  /** Extra predicate on raw_members (alias m), e.g. one member for on-line scoring. */
  readonly memberWhere?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Observation date meaning "now" for a warehouse: the first day after the last ledger month. */
export const LATEST_OBSERVATION = 'latest';
const LATEST_SQL = '(SELECT CAST(max(period) + INTERVAL 1 MONTH AS DATE) FROM raw_contributions)';

/**
 * SELECT returning every credit feature, the fairness attributes (sex, province, sector)
 * and the sequence, as the record stood on `observationDate` (YYYY-MM-DD, or 'latest').
 */
export function creditFeaturesSql(observationDate: string, options: CreditFeatureSqlOptions = {}): string {
  // Spliced as a literal (CREATE TABLE AS takes no parameters), so the format is checked first.
  if (observationDate !== LATEST_OBSERVATION && !ISO_DATE.test(observationDate)) {
    throw new Error(`observation date must be YYYY-MM-DD or ${LATEST_OBSERVATION}, got ${JSON.stringify(observationDate)}`);
  }
  const obsSql = observationDate === LATEST_OBSERVATION ? LATEST_SQL : `DATE '${observationDate}'`;
  const where = options.memberWhere ?? 'TRUE';
  const s = PAYMENT_STATUS;
  const seq = sequenceColumns()
    .map((name, i) => `coalesce(max(g.status) FILTER (WHERE g.months_ago = ${SEQUENCE_MONTHS - i}), ${s.none})::INTEGER AS ${name}`)
    .join(',\n      ');
  return `
WITH obs AS (SELECT ${obsSql} AS d),
members AS (
  SELECT m.member_key, m.card_key, m.sex, m.province_code, m.jkn_segment, m.jht_opening_balance,
         least(m.jkn_registered_date, coalesce(m.bpjstk_registered_date, m.jkn_registered_date)) AS first_registered
  FROM raw_members m, obs
  WHERE (${where}) AND m.jkn_registered_date < obs.d
),
-- The member's own ledger: a PBI member's JKN contribution is paid by the state, so it says
-- nothing about the member's payment discipline and is left out.
ledger AS (
  SELECT c.* FROM raw_contributions c JOIN members m USING (member_key)
  WHERE NOT (c.agency = 'KES' AND m.jkn_segment = 'PBI')
),
-- One status per member and month: the worst of that month's ledger rows (both agencies).
month_status AS (
  SELECT c.member_key, date_diff('month', c.period, obs.d)::INTEGER AS months_ago,
         max(CASE WHEN c.paid_date IS NULL OR c.paid_date >= obs.d THEN ${s.unpaid}
                  WHEN c.paid_date > c.due_date THEN ${s.late}
                  ELSE ${s.onTime} END) AS status
  FROM ledger c, obs
  WHERE c.due_date < obs.d AND c.period >= obs.d - INTERVAL ${HISTORY_WINDOW_MONTHS} MONTH
  GROUP BY ALL
),
-- Months the member paid themselves (no employer): where their own discipline shows, not the employer's.
self_paid AS (
  SELECT c.member_key,
         count(DISTINCT c.period)::DOUBLE AS months_due,
         count(DISTINCT c.period) FILTER (WHERE c.paid_date IS NULL OR c.paid_date >= obs.d OR c.paid_date > c.due_date)::DOUBLE AS months_not_on_time
  FROM ledger c, obs
  WHERE c.employer_id IS NULL AND c.due_date < obs.d AND c.period >= obs.d - INTERVAL 12 MONTH
  GROUP BY c.member_key
),
history AS (
  SELECT c.member_key, count(DISTINCT c.period)::INTEGER AS ledger_months,
         sum(c.jht_due) FILTER (WHERE c.agency = 'TK' AND c.paid_date < obs.d)::DOUBLE AS jht_paid
  FROM ledger c, obs
  WHERE c.due_date < obs.d
  GROUP BY c.member_key
),
grid AS (
  SELECT m.member_key, k.months_ago, coalesce(ms.status, ${s.none}) AS status
  FROM members m CROSS JOIN (SELECT range::INTEGER AS months_ago FROM range(1, ${HISTORY_WINDOW_MONTHS + 1})) k
  LEFT JOIN month_status ms ON ms.member_key = m.member_key AND ms.months_ago = k.months_ago
),
-- Runs of equal status, oldest to newest (gaps and islands), for episodes and streaks.
runs AS (
  SELECT member_key, status, count(*) AS run_months, min(months_ago) AS latest_months_ago
  FROM (SELECT *, row_number() OVER (PARTITION BY member_key ORDER BY months_ago)
                 - row_number() OVER (PARTITION BY member_key, status ORDER BY months_ago) AS island
        FROM grid)
  GROUP BY member_key, status, island
),
run_stats AS (
  SELECT member_key,
         count(*) FILTER (WHERE status = ${s.unpaid})::INTEGER AS arrears_episodes_24m,
         coalesce(max(run_months) FILTER (WHERE status = ${s.unpaid}), 0)::INTEGER AS longest_arrears_months_24m,
         coalesce(max(run_months) FILTER (WHERE status = ${s.onTime}), 0)::INTEGER AS longest_on_time_streak_months,
         min(latest_months_ago) FILTER (WHERE status = ${s.unpaid})::INTEGER AS months_since_last_arrears
  FROM runs GROUP BY member_key
),
grid_stats AS (
  SELECT g.member_key,
    ${[6, 12, 24]
      .map(
        (n) => `(count(*) FILTER (WHERE g.months_ago <= ${n} AND g.status = ${s.onTime}))::DOUBLE
      / nullif(count(*) FILTER (WHERE g.months_ago <= ${n} AND g.status <> ${s.none}), 0) AS on_time_share_${n}m`,
      )
      .join(',\n    ')},
    count(*) FILTER (WHERE g.months_ago <= 12 AND g.status = ${s.unpaid})::INTEGER AS arrears_months_12m,
    ${seq}
  FROM grid g GROUP BY g.member_key
),
spells AS (
  SELECT sp.member_key, sp.employer_id, sp.worker_category, sp.start_date, sp.reported_wage,
         coalesce(sp.end_date, DATE '9999-12-31') AS end_date
  FROM raw_employment_spells sp JOIN members USING (member_key), obs
  WHERE sp.start_date < obs.d
),
wage_now AS (
  SELECT sp.member_key, arg_max(sp.reported_wage, sp.start_date)::DOUBLE AS wage_level,
         arg_max(coalesce(e.sector_code, 'BPU'), sp.start_date) AS sector
  FROM spells sp LEFT JOIN raw_employers e USING (employer_id), obs
  WHERE sp.end_date >= obs.d GROUP BY sp.member_key
),
wage_before AS (
  SELECT sp.member_key, arg_max(sp.reported_wage, sp.start_date)::DOUBLE AS wage_12m_ago
  FROM spells sp, obs
  WHERE sp.start_date < obs.d - INTERVAL 12 MONTH AND sp.end_date >= obs.d - INTERVAL 12 MONTH
  GROUP BY sp.member_key
),
employers AS (
  SELECT sp.member_key, greatest(count(DISTINCT sp.employer_id) - 1, 0)::INTEGER AS employer_changes_24m
  FROM spells sp, obs
  WHERE sp.employer_id IS NOT NULL AND sp.end_date >= obs.d - INTERVAL 24 MONTH
  GROUP BY sp.member_key
),
stays AS (
  SELECT m.member_key, count(*)::INTEGER AS hospital_stays_12m
  FROM raw_claims cl JOIN members m ON cl.card_key = m.card_key, obs
  WHERE cl.jenis_rawat = 1 AND cl.tgl_pengajuan < obs.d AND cl.tgl_masuk >= obs.d - INTERVAL 12 MONTH
  GROUP BY m.member_key
),
cases AS (
  SELECT k.member_key, count(*)::INTEGER AS kkpak_cases_24m
  FROM raw_kkpak_cases k JOIN members USING (member_key), obs
  WHERE k.reported_date < obs.d AND k.accident_date >= obs.d - INTERVAL 24 MONTH
  GROUP BY k.member_key
)
SELECT
  m.member_key,
  obs.d AS observation_date,
  -- Complete months only: registered on the 15th, a member has no month more on the 1st.
  date_sub('month', m.first_registered, obs.d)::INTEGER AS membership_months,
  coalesce(h.ledger_months, 0)::INTEGER AS ledger_months,
  gs.on_time_share_6m, gs.on_time_share_12m, gs.on_time_share_24m,
  gs.arrears_months_12m,
  CASE WHEN sp.months_due > 0 THEN 1 - sp.months_not_on_time / sp.months_due END AS self_paid_on_time_share_12m,
  rs.arrears_episodes_24m, rs.longest_arrears_months_24m, rs.longest_on_time_streak_months,
  rs.months_since_last_arrears,
  wn.wage_level,
  CASE WHEN wb.wage_12m_ago > 0 AND wn.wage_level IS NOT NULL THEN wn.wage_level / wb.wage_12m_ago END AS wage_trend_12m,
  coalesce(em.employer_changes_24m, 0)::INTEGER AS employer_changes_24m,
  CASE WHEN m.jht_opening_balance IS NOT NULL THEN m.jht_opening_balance::DOUBLE + coalesce(h.jht_paid, 0) END AS jht_balance,
  m.jkn_segment AS segment,
  coalesce(st.hospital_stays_12m, 0)::INTEGER AS hospital_stays_12m,
  coalesce(cs.kkpak_cases_24m, 0)::INTEGER AS kkpak_cases_24m,
  m.sex, m.province_code, coalesce(wn.sector, 'NONE') AS sector,
  ${sequenceColumns()
    .map((c) => `gs.${c}`)
    .join(', ')}
FROM members m CROSS JOIN obs
LEFT JOIN history h USING (member_key)
LEFT JOIN self_paid sp USING (member_key)
LEFT JOIN grid_stats gs USING (member_key)
LEFT JOIN run_stats rs USING (member_key)
LEFT JOIN wage_now wn USING (member_key)
LEFT JOIN wage_before wb USING (member_key)
LEFT JOIN employers em USING (member_key)
LEFT JOIN stays st USING (member_key)
LEFT JOIN cases cs USING (member_key)
ORDER BY m.member_key`;
}
