// UPCODING by one added secondary code, judged from outside the claim: a chronic comorbidity that
// raises severity (chronic kidney disease, heart failure, complicated diabetes ...;
// data-samples/reference/lasting-comorbidities.ts) coded on one stay, while the card's record
// around it (its other hospital claims at any facility, P-Care sick visits, PRB fills) is rich and
// never records it, before or after. A condition that lasts for life is followed: a newly
// diagnosed one appears at the follow-up, so the stay is judged only when the extract holds the
// whole follow-up window after it (right-censoring); a claim scored on arrival is never judged,
// and neither is a stay of the batch's last months. DOMAIN.md section 3, UPCODING: "secondary
// diagnoses that raise severity with no supporting" record. On the claim alone such a stay looks
// like an honest severity II/III, which is why the claim-level checks miss it.
import { LASTING_COMORBIDITIES } from '../../../data-samples/reference/lasting-comorbidities.js';
import type { LastingComorbidity } from '../../../data-samples/reference/lasting-comorbidities.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { binomialExcessSql, binomialVariance } from './provider-excess.js';
import type { ExcessThresholds } from './provider-excess.js';
import { severityStepShare } from './provider-excess-hits.js';
import type { DetectorThreshold } from './types.js';

/** UPCODING thresholds of comorbidity_once_on_record and comorbidity_once_at_provider (claim-content.ts spreads them in). */
export const ONCE_COMORBIDITY_THRESHOLDS = Object.freeze({
  onceRecordDaysBefore: {
    value: 365,
    source:
      'As chronicRecordDays (upcoding-chronic-record.ts): a year of the card before admission holds about twelve PRB fills and four specialist reviews of a followed chronic condition (Panduan Praktis PRB 2014).',
  },
  onceFollowUpDays: {
    value: 180,
    source:
      'Lasting conditions are reviewed at least twice in six months: heart failure 1-2 weeks after discharge and every 3-6 months (ESC 2021), CKD stage 3b-5 two to four times a year (KDIGO 2012), PRB conditions monthly (Panduan Praktis PRB 2014). A stay discharged less than this before the last admission of the extract is not judged (its follow-up is not in the data yet).',
  },
  onceMinFollowUps: {
    value: 4,
    source:
      'Assumption: an encounter after the stay records a lasting condition of its patient at least half the time (it is why the patient is followed, or a comorbidity the doctor must weigh), so four encounters all silent happen to an honest patient at most 1 time in 16 (0.5^4); fewer is a thin record, not judged alone.',
  },
  onceProviderMinFollowUps: {
    value: 2,
    source:
      'Assumption: at a provider whose stays carry one-off comorbidities beyond its peers (the binomial test below), two silent encounters after the stay (0.5^2 = 1 in 4 for an honest patient alone) name its stays.',
  },
  onceProviderExcessRatio: {
    value: 2,
    source:
      "Assumption, as providerExcessRatio: twice the rate of the CBG group's other facilities of stays carrying a one-off comorbidity is a coding pattern, not chance or case mix.",
  },
  onceProviderExcessZ: {
    value: 3,
    source:
      "Binomial test of the provider's one-off stays against the groups' rate at other facilities: z >= 3 (one-sided p ~ 0.001), so that among a hundred facilities chance rarely fires.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface OnceComorbidityThresholds {
  readonly recordDaysBefore: number;
  readonly followUpDays: number;
  readonly minFollowUps: number;
  readonly providerMinFollowUps: number;
  readonly provider: ExcessThresholds;
}

/** The lasting comorbidities as a VALUES relation (key, description_en, description_id). */
function comorbiditiesSql(alias: string): string {
  const rows = LASTING_COMORBIDITIES.map((c) => `(${[c.key, c.descriptionEn, c.descriptionId].map(literal).join(', ')})`);
  return `(VALUES ${rows.join(', ')}) ${alias}(condition_key, description_en, description_id)`;
}

/**
 * SQL: does code `x` match the pattern `pick` gives the comorbidity keyed by column `key`? A CASE
 * over the comorbidities with each pattern a constant, so DuckDB compiles it once: a pattern read
 * from a column is compiled again for every row it is applied to (as organMatchSql in
 * cancelled-history.ts). Measured on a 150,000-member generated warehouse (254,439 claims): these
 * signals took 0.96 CPU seconds with the patterns in the VALUES rows, 0.37 this way, same rows.
 */
function comorbidityMatchSql(key: string, x: string, pick: (c: LastingComorbidity) => string): string {
  const arms = LASTING_COMORBIDITIES.map((c) => `WHEN ${literal(c.key)} THEN regexp_matches(${x}, ${literal(pick(c))})`);
  return `(CASE ${key} ${arms.join(' ')} ELSE false END)`;
}

/** SQL: the card's encounters that carry diagnoses, one row per diagnosis: hospital claims, P-Care sick visits, PRB fills. */
function recordSql(src: Pick<FraudSources, 'prbClaims' | 'fktpVisits'>): string {
  return `(
    SELECT card_key, tgl_masuk AS tgl, 'claim ' || nomor_sep AS encounter, unnest(dx_list) AS dx FROM fraud_claim_base
    UNION ALL
    SELECT card_key, tgl_kunjungan, 'P-Care ' || visit_id, unnest(string_split(diagnosa, '#')) FROM ${src.fktpVisits}
    WHERE jenis_kunjungan = 'SAKIT' AND diagnosa IS NOT NULL
    UNION ALL
    SELECT card_key, tgl_resep, 'PRB ' || prb_claim_id, diagnosa FROM ${src.prbClaims})`;
}

/**
 * SQL: per judged stay (inpatient, discharged at least followUpDays before the extract's last
 * admission) its encounters after discharge within followUpDays, and per stay and lasting
 * comorbidity coded secondary on a stay of severity II/III with no acute severity-raising
 * complication (which would carry the level itself), whether any encounter of the card from
 * recordDaysBefore before admission to followUpDays after discharge records it.
 */
function onceStaysSql(src: Pick<FraudSources, 'prbClaims' | 'fktpVisits'>, t: OnceComorbidityThresholds): string {
  return `(
  WITH judged AS (
    SELECT b.nomor_sep, b.card_key, b.facility_id, b.cbg_base, b.tgl_masuk, b.tgl_pulang, b.severity_rank, b.severity_raising_dx, b.dx_list, b.jenis_rawat
    FROM fraud_claim_base b
    WHERE b.jenis_rawat = 1 AND b.tgl_pulang <= (SELECT max(tgl_masuk) FROM fraud_claim_base) - ${t.followUpDays}
  ), rec AS ${recordSql(src)},
  followed AS (
    SELECT j.nomor_sep, count(DISTINCT r.tgl) AS follow_ups
    FROM judged j JOIN rec r ON r.card_key = j.card_key AND r.tgl > j.tgl_pulang AND r.tgl <= j.tgl_pulang + ${t.followUpDays}
      AND r.encounter <> 'claim ' || j.nomor_sep
    GROUP BY j.nomor_sep
  ), coded AS (
    SELECT j.nomor_sep, j.card_key, j.tgl_masuk, j.tgl_pulang, x.condition_key, x.description_en, x.description_id,
      min(d.dx) AS coded_dx
    FROM (SELECT *, unnest(dx_list[2:]) AS dx FROM judged WHERE jenis_rawat = 1 AND severity_rank >= 2 AND severity_raising_dx = 0) d
    JOIN judged j USING (nomor_sep)
    JOIN ${comorbiditiesSql('x')} ON ${comorbidityMatchSql('x.condition_key', 'd.dx', (c) => c.coded)}
    GROUP BY ALL
  ), recorded AS (
    SELECT c.nomor_sep, c.condition_key, count(DISTINCT r.tgl) AS encounters,
      count(DISTINCT r.tgl) FILTER (WHERE r.tgl < c.tgl_masuk) AS before_encounters,
      min(r.tgl) AS first_record, max(r.tgl) AS last_record,
      coalesce(bool_or(${comorbidityMatchSql('c.condition_key', 'r.dx', (c) => c.recordedAs)}), false) AS recorded
    FROM coded c LEFT JOIN rec r ON r.card_key = c.card_key AND r.encounter <> 'claim ' || c.nomor_sep
      AND r.tgl BETWEEN c.tgl_masuk - ${t.recordDaysBefore} AND c.tgl_pulang + ${t.followUpDays}
    GROUP BY ALL
  )
  SELECT j.nomor_sep, j.facility_id, j.cbg_base, j.jenis_rawat, coalesce(f.follow_ups, 0) AS follow_ups,
    c.coded_dx, c.description_en, c.description_id, r.encounters, r.before_encounters, r.first_record, r.last_record,
    c.nomor_sep IS NOT NULL AND NOT r.recorded AS once
  FROM judged j LEFT JOIN followed f USING (nomor_sep)
  LEFT JOIN coded c USING (nomor_sep) LEFT JOIN recorded r ON r.nomor_sep = c.nomor_sep AND r.condition_key = c.condition_key
  QUALIFY row_number() OVER (PARTITION BY j.nomor_sep ORDER BY once DESC, c.condition_key) = 1)`;
}

/**
 * SQL: the evidence sentence of one-off comorbidity row `o` of stay `b` in English or Indonesian,
 * after `lead` (a sentence start whose placeholders `leadArgs` fill).
 */
function evidenceSql(lang: 'en' | 'id', followUpDays: number, lead = '', leadArgs: readonly string[] = []): string {
  const text =
    lang === 'en'
      ? `{} ({}) coded secondary on {} (severity {}), but none of the card's {} other days of care from {} to {} (hospital claims at any facility, P-Care visits, PRB fills; {} before admission, {} in the ${followUpDays} days after discharge) records it`
      : `{} ({}) dikode sekunder pada {} (severitas {}), tetapi tidak satu pun dari {} hari pelayanan lain kartu dari {} sampai {} (klaim RS di faskes mana pun, kunjungan P-Care, resep PRB; {} sebelum masuk, {} dalam ${followUpDays} hari setelah pulang) mencatatnya`;
  const args = [
    ...leadArgs,
    'o.coded_dx',
    `o.description_${lang}`,
    'b.kode_inacbg',
    'b.severity_rank',
    'o.encounters',
    'o.first_record',
    'o.last_record',
    'o.before_encounters',
    'o.follow_ups',
  ];
  return `format(${literal(lead + text)}, ${args.join(', ')})`;
}

/**
 * UPCODING `comorbidity_once_on_record`: a stay whose lasting comorbidity no encounter of the card
 * records, with at least minFollowUps encounters in the follow-up window; `comorbidity_once_at_provider`:
 * such stays with at least providerMinFollowUps, at a facility where they are more frequent than the
 * rate of each CBG group's other facilities gives (binomial, among its judged stays with that many
 * follow-ups; the facility never counts among its own peers). One severity level's tariff step is at risk.
 */
export function onceComorbidityHitsSql(src: Pick<FraudSources, 'prbClaims' | 'fktpVisits'>, t: OnceComorbidityThresholds): string {
  const stays = onceStaysSql(src, t);
  const amount = `round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT`;
  const f = t.followUpDays;
  const providerLead = {
    en: "Provider {} coded {} stays with a lasting comorbidity no other record of the card shows, where each CBG group's rate at other facilities gives {:.1f}; this stay: ",
    id: 'RS {} mengode {} rawat inap dengan komorbid menahun yang tidak tercatat di riwayat kartu lain, sedangkan laju tiap kelompok CBG di faskes lain memberi {:.1f}; rawat ini: ',
  };
  const providerArgs = ['b.facility_id', 'p.observed', 'p.expected'];
  // the stays are read once (materialized) for both signals and the provider's counts
  return `
SELECT * FROM (
  WITH once_stays AS MATERIALIZED ${stays},
  provider AS (
    -- per facility: its one-off stays among judged stays with enough follow-up, against each group's rate at other facilities
    SELECT facility_id, sum(once) AS observed, sum(n * rate) AS expected, sum(${binomialVariance('n', 'rate')}) AS variance
    FROM (
      SELECT facility_id, cbg_base, count(*) AS n, count(*) FILTER (WHERE once) AS once,
        (sum(count(*) FILTER (WHERE once)) OVER w - count(*) FILTER (WHERE once)) / greatest(sum(count(*)) OVER w - count(*), 1) AS rate
      FROM once_stays WHERE jenis_rawat = 1 AND follow_ups >= ${t.providerMinFollowUps}
      GROUP BY facility_id, cbg_base WINDOW w AS (PARTITION BY cbg_base)
    ) GROUP BY facility_id
  )
  SELECT b.nomor_sep, 'comorbidity_once_on_record' AS signal, ${amount} AS amount_at_risk, []::VARCHAR[] AS related_sep,
    ${evidenceSql('en', f)} AS evidence_en,
    ${evidenceSql('id', f)} AS evidence_id
  FROM once_stays o JOIN fraud_claim_base b USING (nomor_sep)
  WHERE b.jenis_rawat = 1 AND o.once AND o.follow_ups >= ${t.minFollowUps}
  UNION ALL
  SELECT b.nomor_sep, 'comorbidity_once_at_provider', ${amount}, []::VARCHAR[],
    ${evidenceSql('en', f, providerLead.en, providerArgs)},
    ${evidenceSql('id', f, providerLead.id, providerArgs)}
  FROM once_stays o JOIN fraud_claim_base b USING (nomor_sep) JOIN provider p ON p.facility_id = b.facility_id
  WHERE b.jenis_rawat = 1 AND o.once AND o.follow_ups >= ${t.providerMinFollowUps}
    AND ${binomialExcessSql('p.observed', 'p.expected', 'p.variance', t.provider)}
)`;
}
