// Loading the published context of arrival scoring into its in-memory DuckDB (arrival-context.ts):
// the tables under the names the batch SQL reads, their point-lookup indexes, and the views that
// give a claim the month of peers and provider figures the batch read for it.
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, literal } from '../../data-samples/sql/index.js';
import { referenceTablesSql } from '../../features/fraud/index.js';
import { SIGNAL_PATTERN_TABLE } from './claim-scores.js';
import {
  CASEMIX_PEER_TABLE,
  FLAT_PACKAGE_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
} from './detectors/index.js';
import { REFERRAL_PAIR_TABLE } from './detectors/referral-pairs.js';
import { FKTP_REFERRAL_TABLE } from './detectors/referral-primary-care.js';
import { OPERATION_RECORD_TABLE } from './detectors/operation-records.js';
import { FRAUD_FILES } from './files.js';
import { NEW_CLAIM_TABLE } from './arrival-request-sql.js';

/**
 * The published context holds the recent months; a claim reads the month the batch read for
 * it (its submission month), or the nearest published month before it (a new claim: the latest).
 */
export const CONTEXT_VIEWS: readonly string[] = [
  `CREATE VIEW fraud_cbg_peer_month AS
    SELECT p.* REPLACE (m.submit_month AS submit_month)
    FROM (SELECT DISTINCT submit_month FROM fraud_claim_base) m JOIN ctx_cbg_peers p ON p.kode_inacbg IN (SELECT kode_inacbg FROM fraud_claim_base)
    QUALIFY row_number() OVER (PARTITION BY m.submit_month, p.kode_inacbg
      ORDER BY p.submit_month <= m.submit_month DESC, CASE WHEN p.submit_month <= m.submit_month THEN p.submit_month END DESC NULLS LAST, p.submit_month) = 1`,
  `CREATE VIEW fraud_provider_month AS
    SELECT p.* REPLACE (m.submit_month AS month)
    FROM (SELECT DISTINCT submit_month FROM fraud_claim_base) m JOIN ctx_providers p ON p.facility_id IN (SELECT facility_id FROM fraud_claim_base)
    QUALIFY row_number() OVER (PARTITION BY m.submit_month, p.facility_id
      ORDER BY p.month <= m.submit_month DESC, CASE WHEN p.month <= m.submit_month THEN p.month END DESC NULLS LAST, p.month) = 1`,
];

export async function createContextViews(connection: DuckDBConnection): Promise<void> {
  for (const sql of CONTEXT_VIEWS) await connection.run(sql);
}

/** Loads the published context of `dir` into `connection`, under the names the batch SQL reads. */
export async function loadContext(connection: DuckDBConnection, dir: string): Promise<void> {
  const f = FRAUD_FILES;
  const load = async (table: string, file: string): Promise<void> => {
    await connection.run(`CREATE TABLE ${ident(table)} AS SELECT * FROM read_parquet(${literal(join(dir, file))})`);
  };
  await load('h_claims', f.historyClaims);
  await load('ctx_members', f.members);
  await load('ctx_facilities', f.facilities);
  await load('ctx_deaths', f.deaths);
  await load('ctx_kkpak', f.kkpak);
  await load('ctx_fktp_visits', f.fktpVisits);
  await load('ctx_prb_claims', f.prbClaims);
  await load('ctx_doctors', f.doctors);
  await load('ctx_cbg_peers', f.cbgPeers);
  await load('ctx_providers', f.providers);
  await load('fraud_signal_precision', f.signalPrecision);
  await load(PROVIDER_DISTRIBUTION_TABLE, f.providerDistribution);
  await load(FLAT_PACKAGE_TABLE, f.flatPackages);
  await load(REFERRAL_PAIR_TABLE, f.referralPairs);
  await load(FKTP_REFERRAL_TABLE, f.fktpReferrals);
  await load(OPERATION_RECORD_TABLE, f.operationRecords);
  await load(CASEMIX_PEER_TABLE, f.casemixPeers);
  await load(PROCEDURE_PEER_TABLE, f.procedurePeers);
  await load(PEER_NORMS_TABLE, f.peerNorms);
  await load('ctx_other_facility_peers', f.otherFacilityPeers);
  await load(SIGNAL_PATTERN_TABLE, f.signalPatterns);
  await load('fraud_risk_share', f.riskShare);
  // point lookups per request: the context tables are national, a request touches a few cards
  for (const ddl of [
    'CREATE INDEX ctx_members_card ON ctx_members (card_key)',
    'CREATE INDEX ctx_members_family ON ctx_members (family_key)',
    'CREATE INDEX ctx_fktp_visits_card ON ctx_fktp_visits (card_key)',
    'CREATE INDEX ctx_fktp_visits_letter ON ctx_fktp_visits (no_rujukan)',
    'CREATE INDEX ctx_fktp_visits_facility ON ctx_fktp_visits (facility_id)',
    'CREATE INDEX ctx_prb_claims_card ON ctx_prb_claims (card_key)',
    'CREATE INDEX h_claims_card ON h_claims (card_key)',
    'CREATE INDEX h_claims_doctor ON h_claims (kode_dpjp)',
    'CREATE INDEX h_claims_facility ON h_claims (facility_id)',
    'CREATE INDEX ctx_deaths_member ON ctx_deaths (member_key)',
    'CREATE INDEX ctx_kkpak_member ON ctx_kkpak (member_key)',
    'CREATE INDEX ctx_kkpak_sep ON ctx_kkpak (nomor_sep)',
    'CREATE INDEX ctx_other_facility_peers_facility ON ctx_other_facility_peers (facility_id)',
  ]) {
    await connection.run(ddl);
  }
  await connection.run('CREATE TABLE ctx_audits (nomor_sep VARCHAR, audit_date DATE, outcome VARCHAR)');
  // a claim on arrival has no audit outcome: nothing is left out of its signal precision
  await connection.run('CREATE TABLE fraud_claim_labels (nomor_sep VARCHAR, label INTEGER)');
  await connection.run('CREATE TABLE fraud_model_scores (nomor_sep VARCHAR, probability DOUBLE, anomaly_score DOUBLE)');
  await connection.run(`CREATE TABLE ${NEW_CLAIM_TABLE} AS SELECT * FROM h_claims LIMIT 0`);
  for (const sql of referenceTablesSql()) await connection.run(sql);
}
