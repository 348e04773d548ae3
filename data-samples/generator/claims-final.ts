// Claims added by fraud schemes that copy a built claim (cloning, repeat billing, unbundling,
// readmission), SEP numbering, and the audit sample: past audits are biased toward suspicious
// providers and detect imperfectly, as real ones do.
import { TARIFF_COMPONENTS } from '../schema/index.js';
import type { RunPlan } from './options.js';
import { PLANTED_FRAUD_TYPES } from './facilities.js';
import { lit } from './sql.js';

/** Audit sampling rate per claim at honest / suspicious providers (assumption). */
const AUDIT_RATE_HONEST = 0.006;
const AUDIT_RATE_SUSPICIOUS = 0.06;
/** High bills are audited twice as often; threshold in rupiah (assumption). */
const AUDIT_HIGH_BILL = 10_000_000;
/** Audit detection: P(confirmed | fraud), P(inconclusive | fraud); false-positive rate on honest claims (assumption). */
const AUDIT_SENSITIVITY = 0.75;
const AUDIT_INCONCLUSIVE_IF_FRAUD = 0.15;
const AUDIT_FALSE_POSITIVE = 0.02;
const AUDIT_INCONCLUSIVE_IF_HONEST = 0.08;
/** An auditor names the right fraud type this often (assumption). */
const AUDIT_TYPE_ACCURACY = 0.85;

const COMPONENTS = TARIFF_COMPONENTS.map(([n]) => n);
const CLAIM_COLUMNS = [
  'claim_key', 'id', 'facility_idx', 'facility_id', 'facility_province', 'provider_fraudulent', 'nomor_kartu',
  'tgl_sep', 'tgl_masuk', 'tgl_pulang', 'tgl_pengajuan', 'jenis_rawat', 'kelas_rawat', 'discharge_status',
  'icu_indikator', 'icu_los', 'ventilator_hour', 'upgrade_class_ind', 'upgrade_class_class', 'upgrade_class_los',
  'upgrade_class_payor', 'diagnosa', 'procedure', 'coder_id', 'kode_dpjp', ...COMPONENTS, 'kode_inacbg',
  'tarif_inacbg', 'special_cmg', 'tarif_special_cmg', 'billed_cost', 'verified_cost', 'forced_sep', 'fraud_type', 'amount_at_risk',
];

export function spawnedClaimsSql(plan: RunPlan): string {
  const scale = (f: string): string => COMPONENTS.map((c) => `round(${c} * ${f}, -2)::BIGINT AS ${c}`).join(', ');
  const overrides = (type: string, offset: number, body: string): string => `
  SELECT * REPLACE (claim_key + ${offset} AS claim_key${body ? `, ${body}` : ''}), ${lit(type)} AS spawned_as
  FROM cb WHERE spawn_type = ${lit(type)}`;
  return `
CREATE OR REPLACE TABLE cd AS
WITH clones AS (
  SELECT c.* REPLACE (c.claim_key + 4 AS claim_key, m.nomor_kartu AS nomor_kartu, m.id AS id), 'CLONING' AS spawned_as
  FROM cb c JOIN m ON m.id = 1 + ((c.id + ui(c.claim_key, 'clonemember', ${plan.members - 1})) % ${plan.members})
  WHERE c.spawn_type = 'CLONING'
), repeats AS (${overrides('REPEAT_BILLING', 5, `tgl_pengajuan + 20 + ui(claim_key, 'repeatlag', 60)::INTEGER AS tgl_pengajuan`)}
), unbundled0 AS (${overrides('UNBUNDLING', 6, `tgl_pulang + ui(claim_key, 'unbundle', 2)::INTEGER AS tgl_masuk`)}
), unbundled AS (
  SELECT * REPLACE (tgl_masuk AS tgl_sep, tgl_masuk + 1 + ui(claim_key, 'ublos', 2)::INTEGER AS tgl_pulang,
    tgl_masuk + 4 + ui(claim_key, 'ubsubmit', 30)::INTEGER AS tgl_pengajuan, 0 AS icu_indikator, 0 AS icu_los, 0 AS ventilator_hour,
    0 AS upgrade_class_ind, NULL AS upgrade_class_class, 0 AS upgrade_class_los, NULL AS upgrade_class_payor, 1 AS discharge_status,
    ${scale('0.4')})
  FROM unbundled0
), readmitted0 AS (${overrides('READMISSION', 7, `tgl_pulang + 3 + ui(claim_key, 'readmit', 25)::INTEGER AS tgl_masuk, tgl_pulang - tgl_masuk AS tgl_sep`)}
), readmitted AS (
  -- tgl_sep carried the stay length in days through the previous step
  SELECT * REPLACE (tgl_masuk AS tgl_sep, tgl_masuk + (tgl_sep)::INTEGER AS tgl_pulang,
    tgl_masuk + (tgl_sep)::INTEGER + 3 + ui(claim_key, 'rasubmit', 30)::INTEGER AS tgl_pengajuan, 1 AS discharge_status,
    ${scale(`lognorm(claim_key, 'rascale', 0.2)`)})
  FROM readmitted0
), allspawn AS (
  SELECT * FROM clones UNION ALL SELECT * FROM repeats UNION ALL SELECT * FROM unbundled UNION ALL SELECT * FROM readmitted
)
SELECT a.* REPLACE (
    (${COMPONENTS.join(' + ')})::BIGINT AS billed_cost,
    CASE WHEN a.tgl_pengajuan > DATE '${plan.ledgerEnd}' - 15 THEN NULL ELSE a.tarif_inacbg + a.tarif_special_cmg END AS verified_cost,
    (a.tarif_inacbg + a.tarif_special_cmg)::BIGINT AS amount_at_risk)
FROM allspawn a JOIN m ON m.id = a.id
WHERE a.tgl_pengajuan <= DATE '${plan.ledgerEnd}' AND (m.death_date IS NULL OR m.death_date >= a.tgl_pulang)`;
}

export function finalClaimsSql(): string {
  const cols = CLAIM_COLUMNS.filter((c) => c !== 'fraud_type').join(', ');
  return `
CREATE OR REPLACE TABLE claims_final AS
WITH u_all AS (
  SELECT ${cols}, inplace_type AS fraud_type FROM cb
  UNION ALL
  SELECT ${cols}, spawned_as AS fraud_type FROM cd
)
SELECT * EXCLUDE (forced_sep),
  coalesce(forced_sep, facility_id || strftime(tgl_sep, '%m%y') || 'V'
    || lpad((row_number() OVER (PARTITION BY facility_id, strftime(tgl_sep, '%m%y') ORDER BY claim_key))::VARCHAR, 6, '0')) AS nomor_sep
FROM u_all
ORDER BY claim_key`;
}

export function auditSql(plan: RunPlan): string {
  const types = `[${PLANTED_FRAUD_TYPES.map(lit).join(', ')}]`;
  const n = PLANTED_FRAUD_TYPES.length;
  return `
CREATE OR REPLACE TABLE audits AS
WITH a AS (
  SELECT claim_key, nomor_sep, fraud_type AS true_type, amount_at_risk, billed_cost, coalesce(verified_cost, tarif_inacbg) AS paid,
    tgl_pengajuan + 60 + ui(claim_key, 'auditlag', 240)::INTEGER AS audit_date,
    u(claim_key, 'auditoutcome') AS uo
  FROM claims_final
  WHERE u(claim_key, 'audit') < (CASE WHEN provider_fraudulent THEN ${AUDIT_RATE_SUSPICIOUS} ELSE ${AUDIT_RATE_HONEST} END)
                               * (CASE WHEN billed_cost > ${AUDIT_HIGH_BILL} THEN 2 ELSE 1 END)
)
SELECT claim_key AS _key, 'AUD' || lpad(claim_key::VARCHAR, 14, '0') AS audit_id, nomor_sep, audit_date,
  outcome,
  CASE WHEN outcome <> 'CONFIRMED' THEN NULL
       WHEN true_type IS NOT NULL AND u(claim_key, 'audittype') < ${AUDIT_TYPE_ACCURACY} THEN true_type
       ELSE ${types}[1 + ui(claim_key, 'audittypewrong', ${n})] END AS fraud_type,
  CASE WHEN outcome = 'CONFIRMED' THEN round(coalesce(amount_at_risk, 0.3 * paid) * (0.5 + 0.5 * u(claim_key, 'recovered')), -3) ELSE 0 END::BIGINT AS amount_recovered
FROM (
  SELECT a.*,
    CASE WHEN true_type IS NOT NULL THEN (CASE WHEN uo < ${AUDIT_SENSITIVITY} THEN 'CONFIRMED' WHEN uo < ${AUDIT_SENSITIVITY + AUDIT_INCONCLUSIVE_IF_FRAUD} THEN 'INCONCLUSIVE' ELSE 'NOT_FRAUD' END)
         ELSE (CASE WHEN uo < ${AUDIT_FALSE_POSITIVE} THEN 'CONFIRMED' WHEN uo < ${AUDIT_FALSE_POSITIVE + AUDIT_INCONCLUSIVE_IF_HONEST} THEN 'INCONCLUSIVE' ELSE 'NOT_FRAUD' END) END AS outcome
  FROM a WHERE audit_date <= DATE '${plan.ledgerEnd}'
)
ORDER BY claim_key`;
}
