// Publishes a fraud batch for the API: claim scores, the worklist, detector hits and model
// reasons as Parquet, both networks as model bundles, the triage policy, and the context
// arrival scoring needs (CBG peers, provider features, signal precision, recent history).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { fingerprintTable, saveBundle } from '../bundle/index.js';
import { autoencoderBundleContents } from '../families/autoencoder/index.js';
import { classifierBundleContents } from '../families/classifier/index.js';
import type { FraudBatchResult } from './batch.js';
import { DEFAULT_INVESTIGATION_COST, DEFAULT_REVIEW_COST, deriveTriagePolicy } from './triage.js';
import type { TriageCapacity, TriagePolicy } from './triage.js';

/** Days of claims history published for arrival scoring: the member look-back (90) plus a margin for late submission. */
export const ARRIVAL_HISTORY_DAYS = 120;
/** Assumption: a regional audit team investigates 20 claims and desk-reviews 400 a day. */
export const DEFAULT_INVESTIGATIONS_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 400;
/** Days of recent claims the triage thresholds are derived from. */
export const TRIAGE_WINDOW_DAYS = 30;

/** Files of a published fraud directory. */
export const FRAUD_FILES = Object.freeze({
  claimScores: 'claim_scores.parquet', providerScores: 'provider_scores.parquet', worklist: 'worklist.parquet', detectorHits: 'detector_hits.parquet',
  modelReasons: 'model_reasons.parquet', cbgPeers: 'cbg_peers.parquet', providers: 'providers.parquet',
  signalPrecision: 'signal_precision.parquet', historyClaims: 'history_claims.parquet', members: 'members.parquet',
  facilities: 'facilities.parquet', deaths: 'deaths.parquet', kkpak: 'kkpak.parquet',
  classifier: 'classifier', autoencoder: 'autoencoder', triage: 'triage.json', manifest: 'manifest.json',
});

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

export interface PublishOptions {
  readonly sources?: FraudSources;
  readonly capacity?: Partial<Pick<TriageCapacity, 'investigationsPerDay' | 'reviewsPerDay'>>;
  readonly runId?: string;
}

/** Writes everything under `dir` via a temporary directory swapped in at the end, so readers never see half a publish. */
export async function publishFraudBatch(connection: DuckDBConnection, batch: FraudBatchResult, dir: string, options: PublishOptions = {}): Promise<TriagePolicy> {
  const src = options.sources ?? RAW_SOURCES;
  const tmp = `${dir}.next`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const copy = async (sql: string, file: string): Promise<void> => {
    await connection.run(`COPY (${sql}) TO ${lit(join(tmp, file))} (FORMAT parquet)`);
  };
  const f = FRAUD_FILES;
  await copy('SELECT * FROM fraud_claim_scores', f.claimScores);
  await copy('SELECT * FROM fraud_worklist', f.worklist);
  await copy('SELECT * FROM fraud_provider_scores ORDER BY expected_recovery DESC', f.providerScores);
  await copy('SELECT * FROM fraud_detector_hits', f.detectorHits);
  await copy('SELECT * FROM fraud_model_reasons', f.modelReasons);
  await copy('SELECT * FROM fraud_cbg_peer_month QUALIFY row_number() OVER (PARTITION BY kode_inacbg ORDER BY submit_month DESC) = 1', f.cbgPeers);
  await copy('SELECT * FROM fraud_provider_month QUALIFY row_number() OVER (PARTITION BY facility_id ORDER BY month DESC) = 1', f.providers);
  await copy('SELECT * FROM fraud_signal_precision', f.signalPrecision);
  await copy(`SELECT * FROM ${src.claims} WHERE tgl_masuk >= (SELECT max(tgl_masuk) FROM ${src.claims}) - ${ARRIVAL_HISTORY_DAYS}`, f.historyClaims);
  await copy(`SELECT * FROM ${src.members}`, f.members);
  await copy(`SELECT * FROM ${src.facilities}`, f.facilities);
  await copy(`SELECT * FROM ${src.deaths}`, f.deaths);
  await copy(`SELECT * FROM ${src.kkpak}`, f.kkpak);
  const { classifier, autoencoder } = batch.training.models;
  const fingerprint = fingerprintTable(batch.table, undefined, ['nomor_sep']);
  await saveBundle(join(tmp, f.classifier), classifierBundleContents(classifier, { labelled: batch.training.labelledClaims }, fingerprint));
  await saveBundle(join(tmp, f.autoencoder), autoencoderBundleContents(autoencoder, {}, fingerprint));

  const recent = (await connection.runAndReadAll(`SELECT expected_recovery FROM fraud_claim_scores
    WHERE tgl_masuk > (SELECT max(tgl_masuk) FROM fraud_claim_scores) - ${TRIAGE_WINDOW_DAYS}`)).getColumnsJS()[0] as number[];
  const policy = deriveTriagePolicy(Float64Array.from(recent), {
    claimsPerDay: Math.max(1, recent.length / TRIAGE_WINDOW_DAYS),
    investigationsPerDay: options.capacity?.investigationsPerDay ?? DEFAULT_INVESTIGATIONS_PER_DAY,
    reviewsPerDay: options.capacity?.reviewsPerDay ?? DEFAULT_REVIEWS_PER_DAY,
  }, { investigationCost: DEFAULT_INVESTIGATION_COST, reviewCost: DEFAULT_REVIEW_COST });
  await writeFile(join(tmp, f.triage), JSON.stringify(policy, null, 2));
  await writeFile(join(tmp, f.manifest), JSON.stringify({
    runId: options.runId ?? null, publishedAt: new Date().toISOString(), claims: batch.claims,
    worklistClaims: batch.worklistClaims, worklistCases: batch.worklistCases,
    labelledClaims: batch.training.labelledClaims, confirmedClaims: batch.training.confirmedClaims,
  }, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return policy;
}
