// Claims added by schemes that copy a built claim (cloning, repeat billing, unbundling,
// readmission) in their variants, the stay a referral or transfer continues at the nearest
// facility, the final claim table (one planted one-off per clean provider, physical
// consistency, look-alike labels, SEP numbering), and the audit sample: past audits are
// biased toward suspicious providers and detect imperfectly, as real ones do.
import { TARIFF_COMPONENTS } from '../schema/index.js';
import { literal } from '../sql/index.js';
import type { RunPlan } from './options.js';
import { PLANTED_FRAUD_TYPES } from './facilities.js';
import { tariffFactorSql } from './claims-build.js';
import { FRAUD_VARIANTS } from './variants.js';
import { siblingValuesSql } from './reference-tables.js';
import { newbornSql } from './membership.js';
import { drawnSideSql } from './doctors.js';

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
/** Look-alikes that are a pair of claims (or a claim and its anchor): never displaced. */
const PAIRED_LOOKALIKES = ['twins_admitted_together', 'genuine_transfer', 'readmission_other_condition'];
/** The INA-CBG group of cataract operations (phaco and lens). */
const CATARACT_GROUP = 'H-2-36';
/** Readmission look-alikes count within this many days of the first discharge. */
const READMISSION_WINDOW_DAYS = 30;
/** The outpatient group a stay's services are billed again in when split off as a visit. */
const SPLIT_OUTPATIENT_CBG = 'Q-5-42-0';

const COMPONENTS = TARIFF_COMPONENTS.map(([n]) => n);
/** Variants that bill a card after its holder's death on purpose. */
const POSTHUMOUS_VARIANTS = ['phantom_after_death', 'phantom_after_death_clean'];
/** The clean-history variants, in the order clean providers take them up. */
const CLEAN_VARIANTS = FRAUD_VARIANTS.filter((v) => v.cleanHistory).map((v) => v.code);

const inList = (values: readonly string[]): string => `(${values.map(literal).join(', ')})`;

/**
 * One card is in one place at a time, before the schemes copy claims: an ordinary claim that
 * starts the day another claim of the card starts, or shares a night with a stay of it (a
 * transfer touches: the discharge day is the next admission day), is not written. It gives way
 * to a fixed claim (in-place fraud, a death, newborn or twin stay, a transfer, an added
 * episode), then to a claim a scheme will copy, then to the earlier one; a claim a scheme would
 * copy that gives way takes its scheme with it. A distant phantom visit (key + 1) contradicts
 * its anchor on purpose.
 */
export function displacedEpisodesSql(): string {
  const rank = `CASE WHEN inplace_type IS NOT NULL OR death_claim OR claim_key % 10 <> 0 OR relocate_to IS NOT NULL
      OR coalesce(lookalike IN ${inList(PAIRED_LOOKALIKES)}, false) THEN 2 WHEN spawn_type IS NOT NULL THEN 1 ELSE 0 END`;
  return `DELETE FROM cb WHERE claim_key IN (
  WITH r AS (SELECT claim_key, id, tgl_masuk, tgl_pulang, ${rank} AS r FROM cb WHERE NOT src_inactive)
  SELECT DISTINCT x.claim_key FROM r x JOIN r y ON y.id = x.id AND y.claim_key <> x.claim_key AND y.claim_key <> x.claim_key + 1
  WHERE x.r < 2 AND (x.tgl_masuk = y.tgl_masuk OR (x.tgl_masuk < y.tgl_pulang AND y.tgl_masuk < x.tgl_pulang))
    AND (y.r > x.r OR (y.r = x.r AND (y.tgl_masuk < x.tgl_masuk OR (y.tgl_masuk = x.tgl_masuk AND y.claim_key < x.claim_key)))))`;
}

export function spawnedClaimsSql(plan: RunPlan): string {
  const scale = (f: string): string => COMPONENTS.map((c) => `round(${c} * ${f}, -2)::BIGINT AS ${c}`).join(', ');
  const jitter = (amp: number, salt: string): string =>
    COMPONENTS.map((c, i) => `round(${c} * (1 + ${amp} * (2 * u(claim_key, '${salt}${i}') - 1)), -2)::BIGINT AS ${c}`).join(', ');
  const shiftDates = (d: string): string =>
    `tgl_sep + ${d} AS tgl_sep, tgl_masuk + ${d} AS tgl_masuk, tgl_pulang + ${d} AS tgl_pulang, tgl_pengajuan + ${d} AS tgl_pengajuan`;
  const noExtras = `0 AS icu_indikator, 0 AS icu_los, 0 AS ventilator_hour, 0 AS upgrade_class_ind, NULL AS upgrade_class_class,
    0 AS upgrade_class_los, NULL AS upgrade_class_payor, 1 AS discharge_status`;
  const retariff = (code: string): string =>
    `(SELECT round(r.base_tariff * tariff_mult, -2)::BIGINT FROM ref_cbg r WHERE r.code = ${code})`;
  const otherSeverity = `CASE sev_coded WHEN 'I' THEN (CASE WHEN u(claim_key, 'regroup') < 0.7 THEN 'II' ELSE 'III' END)
      WHEN 'II' THEN (CASE WHEN u(claim_key, 'regroup') < 0.5 THEN 'I' ELSE 'III' END)
      ELSE (CASE WHEN u(claim_key, 'regroup') < 0.7 THEN 'II' ELSE 'I' END) END`;
  return `
CREATE OR REPLACE TABLE cd AS
WITH sib(code, sibling) AS (VALUES ${siblingValuesSql()}),
clone_base AS (
  SELECT c.*, o.sex AS src_sex, (c.tgl_masuk - o.birth_date) / 365.25 AS src_age,
    (CASE c.variant WHEN 'clone_other_day' THEN 1 + ui(c.claim_key, 'cloneshift', 14)
                    WHEN 'clone_other_doctor' THEN 1 + ui(c.claim_key, 'cloneshift', 30) ELSE 0 END)::INTEGER AS d
  FROM cb c JOIN m o ON o.id = c.id WHERE c.spawn_type = 'CLONING'
), clone_member AS (
  -- another patient of the same sex and a similar age, registered and alive at the copied dates
  SELECT b.claim_key, t.id AS mid, t.nomor_kartu AS mkartu
  FROM clone_base b CROSS JOIN range(1, 9) r(k)
  JOIN m t ON t.id = 1 + ((b.id + ui(b.claim_key, 'clonemember' || r.k, ${plan.members - 1})) % ${plan.members})
  WHERE t.sex = b.src_sex AND t.jkn_registered_date <= b.tgl_masuk + b.d AND (t.death_date IS NULL OR t.death_date > b.tgl_pulang + b.d)
    AND (CASE WHEN b.cmg = 'O' THEN (b.tgl_masuk + b.d - t.birth_date) / 365.25 BETWEEN 15 AND 49
              WHEN b.cmg = 'P' THEN b.tgl_masuk + b.d - t.birth_date < 365
              ELSE abs((b.tgl_masuk + b.d - t.birth_date) / 365.25 - b.src_age) <= 20 END)
  QUALIFY row_number() OVER (PARTITION BY b.claim_key ORDER BY r.k) = 1
), clones AS (
  SELECT b.* EXCLUDE (src_sex, src_age, d) REPLACE (
      b.claim_key + 4 AS claim_key, c.mkartu AS nomor_kartu, c.mid AS id,
      b.tgl_sep + b.d AS tgl_sep, b.tgl_masuk + b.d AS tgl_masuk, b.tgl_pulang + b.d AS tgl_pulang, b.tgl_pengajuan + b.d AS tgl_pengajuan,
      CASE WHEN b.variant = 'clone_other_doctor'
        THEN 'D' || b.facility_id || lpad((1 + ((right(b.kode_dpjp, 3)::INTEGER + ui(b.claim_key, 'clonedoc', b.n_doctors - 1)) % b.n_doctors))::VARCHAR, 3, '0')
        ELSE b.kode_dpjp END AS kode_dpjp),
    'CLONING' AS spawned_as, b.variant AS spawn_variant
  FROM clone_base b JOIN clone_member c USING (claim_key)
), clones_jittered AS (
  SELECT * REPLACE (${jitter(0.03, 'clonejit')}) FROM clones WHERE spawn_variant <> 'clone_same_doctor_day'
  UNION ALL BY NAME SELECT * FROM clones WHERE spawn_variant = 'clone_same_doctor_day'
), repeats0 AS (
  SELECT * REPLACE (claim_key + 5 AS claim_key, tgl_pengajuan + 20 + ui(claim_key, 'repeatlag', 60)::INTEGER AS tgl_pengajuan),
    (CASE WHEN variant = 'resubmit_shifted_dates' THEN 1 + ui(claim_key, 'repeatshift', 3) ELSE 0 END)::INTEGER AS d,
    gkey || '-' || ${otherSeverity} AS recode,
    'REPEAT_BILLING' AS spawned_as, variant AS spawn_variant
  FROM cb WHERE spawn_type = 'REPEAT_BILLING'
), repeats AS (
  SELECT * EXCLUDE (d, recode) FROM repeats0 WHERE variant IN ('resubmit_identical', 'resubmit_clean_provider')
  UNION ALL BY NAME
  SELECT * EXCLUDE (d, recode) REPLACE (${shiftDates('d')}, ${jitter(0.02, 'repeatjit')}) FROM repeats0 WHERE variant = 'resubmit_shifted_dates'
  UNION ALL BY NAME
  SELECT * EXCLUDE (d, recode) REPLACE (recode AS kode_inacbg, ${retariff('recode')} AS tarif_inacbg,
      tgl_pulang + (CASE WHEN tgl_pulang - tgl_masuk > 1 AND u(claim_key, 'repeatlos') < 0.5 THEN -1 ELSE 1 END) AS tgl_pulang)
  FROM repeats0 WHERE variant = 'resubmit_recoded'
), unbundled AS (
  SELECT * REPLACE (claim_key + 6 AS claim_key, tgl_masuk AS tgl_sep, tgl_masuk + 1 + ui(claim_key, 'ublos', 2)::INTEGER AS tgl_pulang,
      tgl_masuk + 4 + ui(claim_key, 'ubsubmit', 30)::INTEGER AS tgl_pengajuan, ${noExtras}, ${scale('0.4')})
  FROM (SELECT * REPLACE (tgl_pulang + (CASE WHEN variant = 'split_gap_days' THEN 2 + ui(claim_key, 'unbundle', 5) ELSE ui(claim_key, 'unbundle', 2) END)::INTEGER AS tgl_masuk),
          'UNBUNDLING' AS spawned_as, variant AS spawn_variant
        FROM cb WHERE spawn_type = 'UNBUNDLING' AND variant IN ('split_adjacent_day', 'split_gap_days'))
  UNION ALL BY NAME
  SELECT * EXCLUDE (day) REPLACE (claim_key + 6 AS claim_key, day AS tgl_sep, day AS tgl_masuk, day AS tgl_pulang, day + 4 + ui(claim_key, 'ubsubmit', 30)::INTEGER AS tgl_pengajuan,
      2 AS jenis_rawat, ${noExtras}, split_part(diagnosa, '#', 1) AS diagnosa, NULL AS procedure, NULL AS special_cmg, 0 AS tarif_special_cmg,
      ${literal(SPLIT_OUTPATIENT_CBG)} AS kode_inacbg, ${retariff(literal(SPLIT_OUTPATIENT_CBG))} AS tarif_inacbg, ${scale('0.08')})
  FROM (SELECT *, tgl_masuk + ui(claim_key, 'splitday', tgl_pulang - tgl_masuk + 1)::INTEGER AS day, 'UNBUNDLING' AS spawned_as, variant AS spawn_variant
        FROM cb WHERE spawn_type = 'UNBUNDLING' AND variant = 'split_outpatient_during_stay')
), readmitted0 AS (
  SELECT * REPLACE (claim_key + 7 AS claim_key, tgl_pulang + 3 + ui(claim_key, 'readmit', 25)::INTEGER AS tgl_masuk, 1 AS discharge_status,
      ${scale(`lognorm(claim_key, 'rascale', 0.2)`)}),
    (tgl_pulang - tgl_masuk)::INTEGER AS stay, gkey || '-' || ${otherSeverity} AS recode,
    'READMISSION' AS spawned_as, variant AS spawn_variant
  FROM cb WHERE spawn_type = 'READMISSION'
), readmitted1 AS (
  SELECT * EXCLUDE (stay, recode) REPLACE (tgl_masuk AS tgl_sep, tgl_masuk + stay AS tgl_pulang, tgl_masuk + stay + 3 + ui(claim_key, 'rasubmit', 30)::INTEGER AS tgl_pengajuan,
      CASE WHEN variant = 'readmit_regrouped_severity' THEN recode ELSE kode_inacbg END AS kode_inacbg,
      CASE WHEN variant = 'readmit_regrouped_severity' THEN ${retariff('recode')} ELSE tarif_inacbg END AS tarif_inacbg)
  FROM readmitted0
), readmitted AS (
  -- a sibling code where the category has one; without one the readmission keeps its code and says so
  SELECT r.* REPLACE (
      CASE WHEN r.variant = 'readmit_swapped_4th_digit' AND s.sibling IS NOT NULL
        THEN s.sibling || substr(r.diagnosa, length(split_part(r.diagnosa, '#', 1)) + 1) ELSE r.diagnosa END AS diagnosa,
      CASE WHEN r.variant = 'readmit_swapped_4th_digit' AND s.sibling IS NULL THEN 'readmit_same_cbg' ELSE r.spawn_variant END AS spawn_variant)
  FROM readmitted1 r LEFT JOIN sib s ON s.code = split_part(r.diagnosa, '#', 1)
), relocated AS (
  -- the stay a referral or transfer continues at the nearest facility: an ordinary claim there
  SELECT c.* REPLACE (
      c.claim_key + 8 AS claim_key, y.idx AS facility_idx, y.facility_id AS facility_id, y.province_code AS facility_province,
      y.fraudulent AS provider_fraudulent,
      c.tgl_pulang + lag AS tgl_sep, c.tgl_pulang + lag AS tgl_masuk, c.tgl_pulang + lag + los_y AS tgl_pulang,
      c.tgl_pulang + lag + los_y + 3 + ui(c.claim_key, 'resubmit', 30)::INTEGER AS tgl_pengajuan,
      ${noExtras},
      'K' || y.facility_id || lpad((1 + ui(c.claim_key, 'recoder', y.n_coders))::VARCHAR, 2, '0') AS coder_id,
      CASE WHEN c.variant = 'referral_shared_doctor' THEN c.kode_dpjp
           ELSE 'D' || y.facility_id || lpad((1 + ui(c.claim_key, 'redpjp', y.n_doctors))::VARCHAR, 3, '0') END AS kode_dpjp,
      round(c.base_coded * ${tariffFactorSql('c.kelas_rawat', 'y.')}, -2)::BIGINT AS tarif_inacbg,
      ${COMPONENTS.map((n) => `round(c.${n} * y.cost_factor / c.cost_factor * los_y / greatest(c.los, 1), -2)::BIGINT AS ${n}`).join(', ')},
      c.claim_key AS anchor_key, y.n_doctors AS n_doctors, y.cost_factor AS cost_factor),
    NULL::VARCHAR AS spawned_as, NULL::VARCHAR AS spawn_variant
  FROM (SELECT *, (CASE WHEN variant = 'referral_shared_doctor' THEN 1 WHEN variant = 'referral_after_three_day_stay' THEN 1 + ui(claim_key, 'relag', 2) ELSE 0 END)::INTEGER AS lag,
          greatest(2, round(los_norm * lognorm(claim_key, 'relos', 0.3)))::INTEGER AS los_y
        FROM cb WHERE relocate_to IS NOT NULL) c
  JOIN fac y ON y.idx = c.relocate_to
), allspawn AS (
  SELECT * FROM clones_jittered UNION ALL BY NAME SELECT * FROM repeats UNION ALL BY NAME SELECT * FROM unbundled
  UNION ALL BY NAME SELECT * FROM readmitted UNION ALL BY NAME SELECT * EXCLUDE (lag, los_y) FROM relocated
)
SELECT a.* REPLACE (
    (${COMPONENTS.join(' + ')})::BIGINT AS billed_cost,
    CASE WHEN a.tgl_pengajuan > DATE '${plan.ledgerEnd}' - 15 THEN NULL ELSE a.tarif_inacbg + a.tarif_special_cmg END AS verified_cost,
    (a.tarif_inacbg + a.tarif_special_cmg)::BIGINT AS amount_at_risk,
    CASE WHEN a.spawned_as IS NULL THEN a.lookalike END AS lookalike,
    a.spawned_as = 'REPEAT_BILLING' AND a.spawn_variant = 'resubmit_clean_provider' AS clean_candidate)
FROM allspawn a JOIN m ON m.id = a.id
WHERE a.tgl_pengajuan <= DATE '${plan.ledgerEnd}' AND (m.death_date IS NULL OR m.death_date >= a.tgl_pulang)`;
}

export function finalClaimsSql(): string {
  return `
CREATE OR REPLACE TABLE claims_final AS
WITH u_all AS MATERIALIZED (
  SELECT * EXCLUDE (spawned_as, spawn_variant, inplace_type, variant), spawned_as AS inplace_type, spawn_variant AS variant FROM cd
  UNION ALL BY NAME
  SELECT * REPLACE (CASE WHEN inplace_type IS NOT NULL THEN variant END AS variant,
                    inplace_type IS NOT NULL AND clean_candidate AS clean_candidate) FROM cb
), clean_pick AS (
  -- one planted one-off per clean provider, the variant of its turn first
  SELECT u.claim_key FROM u_all u JOIN fac f ON f.idx = u.facility_idx
  WHERE u.clean_candidate
  QUALIFY row_number() OVER (PARTITION BY u.facility_idx
    ORDER BY (u.variant = [${CLEAN_VARIANTS.map(literal).join(', ')}][1 + f.clean_rank % ${CLEAN_VARIANTS.length}]) DESC, u.claim_key) = 1
), kept0 AS MATERIALIZED (
  SELECT u.*, u.inplace_type AS fraud_type, m.death_date AS _death
  FROM u_all u JOIN m ON m.id = u.id
  LEFT JOIN clean_pick p ON p.claim_key = u.claim_key
  LEFT JOIN (SELECT claim_key FROM cb) anchor ON anchor.claim_key = u.anchor_key
  WHERE (NOT coalesce(u.clean_candidate, false) OR p.claim_key IS NOT NULL)
    -- a card billed far away needs the claim it contradicts
    AND (u.variant IS NULL OR u.variant NOT IN ('phantom_distant_same_day', 'phantom_distant_during_stay') OR anchor.claim_key IS NOT NULL)
    -- no claim before the member's JKN registration (a KK/PAK case may precede it: that one is not billed)
    AND u.tgl_masuk >= (CASE WHEN ${newbornSql('m.')} THEN m.birth_date ELSE m.jkn_registered_date END)
    -- no SEP on an inactive card: waiting period of a self-paying member, arrears (membership.ts)
    AND NOT coalesce(u.src_inactive, false)
    AND NOT EXISTS (SELECT 1 FROM card_inactive w WHERE w.id = u.id AND u.tgl_masuk >= w.s AND u.tgl_masuk < w.e)
    -- no stay runs past the member's death, except the posthumous billing planted on purpose
    AND (m.death_date IS NULL OR u.tgl_pulang <= m.death_date OR coalesce(u.variant IN ${inList(POSTHUMOUS_VARIANTS)}, false))
), ${oneCardOnePlaceSql('kept0', 'kept')}, paired AS (
  SELECT k.*, count(*) OVER (PARTITION BY k.lookalike, CASE k.lookalike WHEN 'twins_admitted_together' THEN k.draw_key
      WHEN 'genuine_transfer' THEN coalesce(k.anchor_key, k.claim_key) ELSE k.claim_key END) AS pair_n
  FROM kept k
), labelled AS (
  SELECT p.* EXCLUDE (pair_n, _death) REPLACE (CASE
      WHEN p.fraud_type IS NOT NULL THEN NULL
      WHEN p.lookalike = 'readmission_other_condition' THEN (CASE WHEN a.a_key IS NOT NULL AND a.a_fraud IS NULL AND a.a_cmg <> p.cmg
        AND p.tgl_masuk - a.a_pulang BETWEEN 1 AND ${READMISSION_WINDOW_DAYS} THEN p.lookalike END)
      WHEN p.lookalike IN ('twins_admitted_together', 'genuine_transfer') THEN (CASE WHEN p.pair_n = 2 THEN p.lookalike END)
      ELSE p.lookalike END AS lookalike)
  FROM paired p LEFT JOIN (SELECT claim_key AS a_key, fraud_type AS a_fraud, cmg AS a_cmg, tgl_pulang AS a_pulang FROM kept) a ON a.a_key = p.anchor_key
)
SELECT * EXCLUDE (forced_sep, inplace_type, spawn_type, fixed, eye_rank, first_side),
  coalesce(forced_sep, facility_id || strftime(tgl_sep, '%m%y') || 'V'
    || lpad((row_number() OVER (PARTITION BY facility_id, strftime(tgl_sep, '%m%y') ORDER BY claim_key))::VARCHAR, 6, '0')) AS nomor_sep
FROM labelled
ORDER BY claim_key`;
}

/**
 * CTEs from claims `from` to claims `to`: honest care a person can have received.
 *
 * One card is in one place at a time, now with the copies the schemes made (a clone lands on
 * another member's card): as in displacedEpisodesSql, an ordinary honest claim gives way to a
 * fixed claim (fraud, a look-alike pair, a death or newborn stay, a claim a scheme copied or
 * continued), else to the earlier one.
 *
 * A lens is replaced once per eye: an honest card has at most two cataract operations, the
 * second on the other eye (eye_side, read by claims_out), none after a bilateral one.
 */
function oneCardOnePlaceSql(from: string, to: string): string {
  const cataract = `(gkey = ${literal(CATARACT_GROUP)} AND fraud_type IS NULL)`;
  return `held AS (
  SELECT k.*, k.fraud_type IS NOT NULL OR k.death_claim OR k.claim_key % 10 <> 0
      OR coalesce(k.lookalike IN ${inList(PAIRED_LOOKALIKES)}, false)
      OR count(*) OVER (PARTITION BY k.claim_key // 10) > 1 AS fixed
  FROM ${from} k
), displaced AS (
  SELECT DISTINCT x.claim_key FROM held x JOIN held y ON y.id = x.id AND y.claim_key <> x.claim_key
  WHERE NOT x.fixed AND (x.tgl_masuk = y.tgl_masuk OR (x.tgl_masuk < y.tgl_pulang AND y.tgl_masuk < x.tgl_pulang))
    AND (y.fixed OR y.tgl_masuk < x.tgl_masuk OR (y.tgl_masuk = x.tgl_masuk AND y.claim_key < x.claim_key))
), eyes AS (
  SELECT f.*,
    CASE WHEN ${cataract} THEN row_number() OVER (PARTITION BY id, ${cataract} ORDER BY tgl_masuk, claim_key) END AS eye_rank,
    CASE WHEN ${cataract} THEN first_value(${drawnSideSql('draw_key')}) OVER (PARTITION BY id, ${cataract} ORDER BY tgl_masuk, claim_key) END AS first_side
  FROM held f ANTI JOIN displaced USING (claim_key)
), ${to} AS MATERIALIZED (
  SELECT *, CASE WHEN eye_rank = 2 THEN (CASE first_side WHEN 'R' THEN 'L' ELSE 'R' END) END AS eye_side
  FROM eyes WHERE fixed OR coalesce(eye_rank, 1) = 1 OR (eye_rank = 2 AND first_side <> 'B')
)`;
}

export function auditSql(plan: RunPlan): string {
  const types = `[${PLANTED_FRAUD_TYPES.map(literal).join(', ')}]`;
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
