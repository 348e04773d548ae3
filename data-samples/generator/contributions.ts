// The monthly contribution ledger: one KES (JKN) row per member-month of membership and one
// TK (BPJamsostek) row per month of an employment spell, with per-programme amounts due and
// payment behaviour driven by the member's discipline latent or the employer's compliance.
import { CONTRIBUTION_RATES as R, JKK_RATES } from '../reference/index.js';
import { EMPLOYER_PAYMENT_INTERCEPT, LATE_PAYMENT_BASE, PAYMENT_INTERCEPT, PAYMENT_SLOPE } from './calibration.js';
import type { RunPlan } from './options.js';
import { varcharList } from '../sql/index.js';
import { jkkRateSql } from './population.js';

/** Employer compliance latent moves the employer's monthly payment odds by this slope (assumption). */
const EMPLOYER_COMPLIANCE_SLOPE = 0.8;
/** Share of BPU workers who opt into JHT (assumption). */
const BPU_JHT_OPT_IN = 0.4;
/** Late payments arrive 1..LATE_DAYS_MAX days after the due date (assumption). */
const LATE_DAYS_MAX = 75;
/** Age at which JP contributions stop (PP 45/2015 retirement age, 57 from 2019 rising). */
const JP_MAX_AGE = 57;

function paymentColumns(key: string, pPaid: string, dueDate: string, plan: RunPlan): string {
  return `
    CASE WHEN u(${key}, 'paid') < ${pPaid}
         THEN (CASE WHEN u(${key}, 'late') < ${LATE_PAYMENT_BASE} * exp(-0.8 * discipline)
                    THEN ${dueDate} + 1 + ui(${key}, 'latedays', ${LATE_DAYS_MAX})::INTEGER
                    ELSE ${dueDate} - ui(${key}, 'earlydays', 10)::INTEGER END) END AS paid_raw,
    CASE WHEN paid_raw <= DATE '${plan.ledgerEnd}' THEN paid_raw END AS paid_date`;
}

/**
 * Typed KES rows (one SELECT; ordered by member then month), optionally of some segments only.
 * The segment of a month is the one in force at its start: a member whose segment changed in
 * the ledger (`seg_change`, membership.ts) pays as the old segment before the change's month.
 */
export function kesContributionsSql(plan: RunPlan, segments?: readonly string[]): string {
  const key = `(id * 10000 + mi)`;
  const due = `make_date((mi // 12)::BIGINT, (mi % 12 + 1)::BIGINT, ${R.jknDueDay})`;
  const pPaid = `(CASE jkn_segment WHEN 'PBI' THEN 1.0
    WHEN 'PPU' THEN sigmoid(${EMPLOYER_PAYMENT_INTERCEPT} + ${EMPLOYER_COMPLIANCE_SLOPE} * coalesce(compliance_latent, 0))
    ELSE sigmoid(${PAYMENT_INTERCEPT} + ${PAYMENT_SLOPE} * discipline) END)`;
  const jkn = `(CASE jkn_segment WHEN 'PBI' THEN ${R.jknPbiAmount}
    WHEN 'PPU' THEN round(${R.jknPpuRate} * least(greatest(wage, ${R.jknPpuWageFloor}), ${R.jknPpuWageCap}))
    ELSE [${R.jknMandiriByClass[1]}, ${R.jknMandiriByClass[2]}, ${R.jknMandiriByClass[3]}][care_class] END)::BIGINT`;
  return `
SELECT ${key} AS _key,
  'KES-' || lpad(id::VARCHAR, 10, '0') || '-' || strftime(month_date(mi), '%Y%m') AS contribution_id,
  nik, 'KES' AS agency, employer_id, month_date(mi) AS period, ${due} AS due_date, paid_date,
  ${jkn} AS amount_due, CASE WHEN paid_date IS NOT NULL THEN ${jkn} ELSE 0 END::BIGINT AS amount_paid,
  ${jkn} AS jkn_due, 0::BIGINT AS jht_due, 0::BIGINT AS jkk_due, 0::BIGINT AS jkm_due, 0::BIGINT AS jp_due
FROM (
  SELECT *, ${paymentColumns(key, pPaid, due, plan).trim()}
  FROM (
    SELECT * REPLACE (CASE WHEN jkn_segment = 'PPU' THEN employer_id END AS employer_id)
    FROM (
      SELECT id, nik, care_class, wage, discipline, compliance_latent, employer_id,
        CASE WHEN mi < change_mi THEN old_segment ELSE jkn_segment END AS jkn_segment, mi
      FROM (
        SELECT *, unnest(range(greatest(${plan.firstMonth}, year(jkn_registered_date) * 12 + month(jkn_registered_date) - 1),
                     least(${plan.lastMonth}, coalesce(year(death_date) * 12 + month(death_date) - 1, ${plan.lastMonth})) + 1)) AS mi
        FROM (
          -- members in id order, each with its segment change if any (the join is on members, not member-months)
          SELECT m.id, m.nik, m.care_class, m.wage, m.discipline, m.compliance_latent, m.employer_id, m.jkn_segment,
            m.jkn_registered_date, m.death_date, sc.change_mi, sc.old_segment
          FROM m LEFT JOIN (SELECT id, year(change_date) * 12 + month(change_date) - 1 AS change_mi, old_segment FROM seg_change) sc USING (id)
          ORDER BY m.id
        )
      )
    )${segments ? ` WHERE list_contains(${varcharList(segments)}, jkn_segment)` : ''}
  )
)`;
}

/** Typed TK rows from employment spells (ordered by spell then month). */
export function tkContributionsSql(plan: RunPlan): string {
  const key = `(sk * 10000 + mi)`;
  const due = `(make_date(((mi + 1) // 12)::BIGINT, ((mi + 1) % 12 + 1)::BIGINT, ${R.bpjstkDueDay}))`;
  const pPaid = `(CASE WHEN bpu THEN sigmoid(${PAYMENT_INTERCEPT} + ${PAYMENT_SLOPE} * discipline)
    ELSE sigmoid(${EMPLOYER_PAYMENT_INTERCEPT} + ${EMPLOYER_COMPLIANCE_SLOPE} * coalesce(compliance_latent, 0)) END)`;
  const jht = `(CASE WHEN bpu THEN (CASE WHEN u(sk, 'bpujht') < ${BPU_JHT_OPT_IN} THEN round(${R.bpuJhtRate} * reported_wage) ELSE 0 END)
    ELSE round(${R.jhtRate} * reported_wage) END)::BIGINT`;
  const jkk = `(CASE WHEN bpu THEN round(${JKK_RATES.bpuRate} * reported_wage) ELSE round(${jkkRateSql('risk_group', 'mi')} * reported_wage) END)::BIGINT`;
  const jkm = `(CASE WHEN bpu THEN ${R.bpuJkmAmount} ELSE round(${R.jkmRate} * reported_wage) END)::BIGINT`;
  const jp = `(CASE WHEN bpu OR age_years >= ${JP_MAX_AGE} THEN 0 ELSE round(${R.jpRate} * least(reported_wage, ${R.jpWageCap})) END)::BIGINT`;
  return `
SELECT ${key} AS _key,
  'TK-' || lpad(sk::VARCHAR, 11, '0') || '-' || strftime(month_date(mi), '%Y%m') AS contribution_id,
  nik, 'TK' AS agency, employer_id, month_date(mi) AS period, ${due} AS due_date, paid_date,
  ${jht} + ${jkk} + ${jkm} + ${jp} AS amount_due,
  CASE WHEN paid_date IS NOT NULL THEN ${jht} + ${jkk} + ${jkm} + ${jp} ELSE 0 END::BIGINT AS amount_paid,
  0::BIGINT AS jkn_due, ${jht} AS jht_due, ${jkk} AS jkk_due, ${jkm} AS jkm_due, ${jp} AS jp_due
FROM (
  SELECT *, ${paymentColumns(key, pPaid, due, plan).trim()},
    (month_date(mi) - birth_date) / 365.25 AS age_years
  FROM (
    SELECT s.sk, s.id, s.nik, s.birth_date, s.discipline, s.bpu, s.employer_id, s.risk_group, s.reported_wage, s.compliance_latent,
      unnest(range(greatest(${plan.firstMonth}, year(s.start_date) * 12 + month(s.start_date) - 1),
                   least(${plan.lastMonth}, coalesce(year(s.end_date) * 12 + month(s.end_date) - 1, ${plan.lastMonth})) + 1)) AS mi
    FROM spells_x s
  )
)`;
}
