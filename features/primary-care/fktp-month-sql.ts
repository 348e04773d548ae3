// Primary-care features per FKTP and month, as DuckDB SQL over the raw warehouse tables:
// members registered and capitation paid, visits (sick and healthy), the contact rate and the
// referral ratio BPJS Kesehatan's performance-based capitation (KBK) watches, hospital claims
// that cite the FKTP's referrals (and those no visit of the FKTP wrote), and the PRB refills
// it prescribes. A month with no capitation row still appears if the FKTP had any activity.

export const FKTP_MONTH_TABLE = 'feature_fktp_month';

/** SELECT of one row per FKTP and month (facility_id, month, ...). Needs the primary-care tables loaded. */
export function fktpMonthSql(): string {
  const month = (d: string): string => `CAST(date_trunc('month', ${d}) AS DATE)`;
  return `
WITH cap AS (
  SELECT facility_id, period AS month, sum(registered_members) AS registered_members, sum(capitation_amount) AS capitation_amount
  FROM raw_capitation GROUP BY ALL
), vis AS (
  SELECT facility_id, ${month('tgl_kunjungan')} AS month, count(*) AS visits,
    count(*) FILTER (WHERE jenis_kunjungan = 'SAKIT') AS sick_visits,
    count(*) FILTER (WHERE jenis_kunjungan = 'SEHAT') AS healthy_visits,
    count(DISTINCT card_key) AS members_seen,
    count(*) FILTER (WHERE no_rujukan IS NOT NULL) AS referrals_written
  FROM raw_fktp_visits GROUP BY ALL
), hosp AS (
  -- hospital claims citing a referral of the FKTP, in the month the referral is dated
  SELECT c.ppk_rujukan AS facility_id, ${month('c.tgl_rujukan')} AS month, count(*) AS hospital_claims_referred,
    count(*) FILTER (WHERE v.no_rujukan IS NULL) AS referrals_without_visit
  FROM raw_claims c LEFT JOIN (SELECT DISTINCT no_rujukan, card_key FROM raw_fktp_visits WHERE no_rujukan IS NOT NULL) v
    ON v.no_rujukan = c.no_rujukan AND v.card_key = c.card_key
  WHERE c.asal_rujukan = 1 AND c.ppk_rujukan IS NOT NULL AND c.tgl_rujukan IS NOT NULL
  GROUP BY ALL
), prb AS (
  SELECT fktp_id AS facility_id, ${month('tgl_resep')} AS month, count(*) AS prb_refills, count(DISTINCT card_key) AS prb_members,
    sum(biaya_obat) AS prb_cost
  FROM raw_prb_claims GROUP BY ALL
), keys AS (
  SELECT facility_id, month FROM cap UNION SELECT facility_id, month FROM vis
  UNION SELECT facility_id, month FROM hosp UNION SELECT facility_id, month FROM prb
)
SELECT k.facility_id, k.month,
  CASE substr(k.facility_id, 5, 1) WHEN 'P' THEN 'PUSKESMAS' WHEN 'K' THEN 'KLINIK_PRATAMA' END AS facility_type,
  coalesce(cap.registered_members, 0)::BIGINT AS registered_members,
  coalesce(cap.capitation_amount, 0)::BIGINT AS capitation_amount,
  coalesce(vis.visits, 0)::BIGINT AS visits,
  coalesce(vis.sick_visits, 0)::BIGINT AS sick_visits,
  coalesce(vis.healthy_visits, 0)::BIGINT AS healthy_visits,
  coalesce(vis.referrals_written, 0)::BIGINT AS referrals_written,
  -- KBK indicators: members seen per registered member, referrals per sick visit
  CASE WHEN cap.registered_members > 0 THEN coalesce(vis.members_seen, 0) / cap.registered_members END AS contact_rate,
  CASE WHEN vis.sick_visits > 0 THEN vis.referrals_written / vis.sick_visits END AS referral_ratio,
  coalesce(hosp.hospital_claims_referred, 0)::BIGINT AS hospital_claims_referred,
  coalesce(hosp.referrals_without_visit, 0)::BIGINT AS referrals_without_visit,
  coalesce(prb.prb_refills, 0)::BIGINT AS prb_refills,
  coalesce(prb.prb_members, 0)::BIGINT AS prb_members,
  coalesce(prb.prb_cost, 0)::BIGINT AS prb_cost
FROM keys k
LEFT JOIN cap USING (facility_id, month) LEFT JOIN vis USING (facility_id, month)
LEFT JOIN hosp USING (facility_id, month) LEFT JOIN prb USING (facility_id, month)`;
}
