// Publishes a fraud batch for the API: claim scores, the worklist and every case, detector
// hits and model reasons as Parquet, both networks as model bundles, the triage policy, and
// the context arrival scoring needs to give the same score as the batch (CBG peers and
// provider features of the recent months, provider distributions, signal precision, the
// audited risk share, recent history).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { MEMBER_LOOKBACK_DAYS, RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { fingerprintTable, saveBundle } from '../bundle/index.js';
import { autoencoderBundleContents } from '../families/autoencoder/index.js';
import { classifierBundleContents } from '../families/classifier/index.js';
import { literal } from '../../data-samples/sql/index.js';
import type { FraudBatchResult } from './batch.js';
import {
  CASEMIX_PEER_TABLE,
  OTHER_FACILITY_PEER_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  longLookbackClaimsSql,
} from './detectors/index.js';
import { SIGNAL_PATTERN_TABLE } from './claim-scores.js';
import { TEMPLATE_WINDOW_DAYS } from './detectors/clone-templates.js';
import { REFERRAL_PAIR_TABLE } from './detectors/referral-pairs.js';
import { FKTP_REFERRAL_TABLE } from './detectors/referral-primary-care.js';
import { OPERATION_RECORD_TABLE } from './detectors/operation-records.js';
import { FRAUD_FILES } from './files.js';
import type { FraudManifest } from './files.js';
import { DEFAULT_INVESTIGATION_COST, DEFAULT_REVIEW_COST, deriveTriagePolicy } from './triage.js';
import type { TriageCapacity, TriagePolicy } from './triage.js';

/**
 * Days after its service within which a JKN claim must be submitted: a claim submitted later expires
 * (klaim kedaluwarsa, six months: Perpres 82/2018). A claim scored on arrival can have been admitted
 * this long before it reaches BPJS.
 */
export const CLAIM_SUBMISSION_LIMIT_DAYS = 180;
/**
 * Days of claims history published for arrival scoring, back from the last admission: the member
 * look-back of the oldest claim that can still arrive. 120 days counted the look-back from the last
 * admission, but a claim submitted in the last month can be admitted weeks before it: on a 20k-member
 * extract 597 of 1,010 claims of the last submission month had look-backs the window did not cover,
 * and 3 of 100 scored on arrival differed from the batch in member_claims_90d, member_facilities_90d and
 * days_since_last_discharge (0 of 100 with the window widened).
 */
export const ARRIVAL_HISTORY_DAYS = MEMBER_LOOKBACK_DAYS + CLAIM_SUBMISSION_LIMIT_DAYS;
/** Assumption: a regional audit team investigates 20 claims and desk-reviews 400 a day. */
export const DEFAULT_INVESTIGATIONS_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 400;
/** Days of recent claims the triage thresholds are derived from. */
export const TRIAGE_WINDOW_DAYS = 30;
/** Months of CBG peers and provider features published before the last submission month, so arrival scoring of a recent claim reads the month the batch read. */
export const ARRIVAL_CONTEXT_MONTHS = 3;

export interface PublishOptions {
  readonly sources?: FraudSources;
  readonly capacity?: Partial<Pick<TriageCapacity, 'investigationsPerDay' | 'reviewsPerDay'>>;
  readonly runId?: string;
}

/** Writes everything under `dir` via a temporary directory swapped in at the end, so readers never see half a publish. */
export async function publishFraudBatch(
  connection: DuckDBConnection,
  batch: FraudBatchResult,
  dir: string,
  options: PublishOptions = {},
): Promise<TriagePolicy> {
  const src = options.sources ?? RAW_SOURCES;
  const tmp = `${dir}.next`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const copy = async (sql: string, file: string): Promise<void> => {
    await connection.run(`COPY (${sql}) TO ${literal(join(tmp, file))} (FORMAT parquet)`);
  };
  const f = FRAUD_FILES;
  await copy('SELECT * FROM fraud_claim_scores', f.claimScores);
  await copy('SELECT * FROM fraud_worklist', f.worklist);
  await copy('SELECT * FROM fraud_cases', f.cases);
  await copy('SELECT * FROM fraud_provider_scores ORDER BY expected_recovery DESC', f.providerScores);
  await copy('SELECT * FROM fraud_detector_hits', f.detectorHits);
  await copy('SELECT * FROM fraud_model_reasons', f.modelReasons);
  const recent = `(SELECT max(submit_month) - INTERVAL ${ARRIVAL_CONTEXT_MONTHS} MONTH FROM fraud_claim_base)`;
  await copy(
    `SELECT * FROM fraud_cbg_peer_month QUALIFY submit_month >= ${recent}
    OR row_number() OVER (PARTITION BY kode_inacbg ORDER BY submit_month DESC) = 1`,
    f.cbgPeers,
  );
  await copy(
    `SELECT * FROM fraud_provider_month QUALIFY month >= ${recent}
    OR row_number() OVER (PARTITION BY facility_id ORDER BY month DESC) = 1`,
    f.providers,
  );
  await copy('SELECT * FROM fraud_signal_precision', f.signalPrecision);
  await copy('SELECT * FROM fraud_provider_distribution', f.providerDistribution);
  await copy('SELECT * FROM fraud_flat_packages', f.flatPackages);
  await copy(`SELECT * FROM ${REFERRAL_PAIR_TABLE}`, f.referralPairs);
  await copy(`SELECT * FROM ${FKTP_REFERRAL_TABLE}`, f.fktpReferrals);
  await copy(`SELECT * FROM ${OPERATION_RECORD_TABLE}`, f.operationRecords);
  await copy(`SELECT * FROM ${CASEMIX_PEER_TABLE}`, f.casemixPeers);
  await copy(`SELECT * FROM ${PROCEDURE_PEER_TABLE}`, f.procedurePeers);
  await copy(`SELECT * FROM ${PEER_NORMS_TABLE}`, f.peerNorms);
  await copy(`SELECT * FROM ${OTHER_FACILITY_PEER_TABLE}`, f.otherFacilityPeers);
  await copy(`SELECT * FROM ${SIGNAL_PATTERN_TABLE}`, f.signalPatterns);
  await copy('SELECT * FROM fraud_risk_share', f.riskShare);
  // the window, the older claims detectors read further back (a card's deliveries, fractures and fixations) of the
  // cards with a claim in the window, and the stays of CLONING's template window (a stay's bill reused for months)
  const windowStart = `(SELECT max(tgl_masuk) FROM ${src.claims}) - ${ARRIVAL_HISTORY_DAYS}`;
  const templateStart = `(SELECT max(tgl_masuk) FROM ${src.claims}) - ${TEMPLATE_WINDOW_DAYS.value}`;
  await copy(
    `SELECT * FROM ${src.claims} WHERE tgl_masuk >= ${windowStart} OR (jenis_rawat = 1 AND tgl_masuk >= ${templateStart})
    OR (${longLookbackClaimsSql(windowStart)} AND card_key IN (SELECT card_key FROM ${src.claims} WHERE tgl_masuk >= ${windowStart}))`,
    f.historyClaims,
  );
  // a PRB supply lasts at most 30 days: the history window covers it; the visits of the window, and
  // those that wrote the letters of the window's claims (a letter is valid 90 days: older visits)
  const since = `(SELECT max(tgl_masuk) FROM ${src.claims}) - ${ARRIVAL_HISTORY_DAYS}`;
  await copy(
    `SELECT * FROM ${src.fktpVisits} WHERE tgl_kunjungan >= ${since}
    OR no_rujukan IN (SELECT no_rujukan FROM ${src.claims} WHERE tgl_masuk >= ${since})`,
    f.fktpVisits,
  );
  await copy(
    `SELECT * FROM ${src.prbClaims} WHERE tgl_resep >= (SELECT max(tgl_masuk) FROM ${src.claims}) - ${ARRIVAL_HISTORY_DAYS}`,
    f.prbClaims,
  );
  await copy(`SELECT * FROM ${src.doctors}`, f.doctors);
  await copy(`SELECT * FROM ${src.members}`, f.members);
  await copy(`SELECT * FROM ${src.facilities}`, f.facilities);
  await copy(`SELECT * FROM ${src.deaths}`, f.deaths);
  await copy(`SELECT * FROM ${src.kkpak}`, f.kkpak);
  const { classifier, autoencoder } = batch.training.models;
  const fingerprint = fingerprintTable(batch.table, undefined, ['nomor_sep']);
  await saveBundle(join(tmp, f.classifier), classifierBundleContents(classifier, { labelled: batch.training.labelledClaims }, fingerprint));
  await saveBundle(join(tmp, f.autoencoder), autoencoderBundleContents(autoencoder, {}, fingerprint));

  const lastDays = (
    await connection.runAndReadAll(`SELECT expected_recovery FROM fraud_claim_scores
    WHERE tgl_masuk > (SELECT max(tgl_masuk) FROM fraud_claim_scores) - ${TRIAGE_WINDOW_DAYS}`)
  ).getColumnsJS()[0] as number[];
  const policy = deriveTriagePolicy(
    Float64Array.from(lastDays),
    {
      claimsPerDay: Math.max(1, lastDays.length / TRIAGE_WINDOW_DAYS),
      investigationsPerDay: options.capacity?.investigationsPerDay ?? DEFAULT_INVESTIGATIONS_PER_DAY,
      reviewsPerDay: options.capacity?.reviewsPerDay ?? DEFAULT_REVIEWS_PER_DAY,
    },
    { investigationCost: DEFAULT_INVESTIGATION_COST, reviewCost: DEFAULT_REVIEW_COST },
  );
  await writeFile(join(tmp, f.triage), JSON.stringify(policy, null, 2));
  const manifest: FraudManifest = {
    runId: options.runId ?? null,
    publishedAt: new Date().toISOString(),
    claims: batch.claims,
    worklistClaims: batch.worklistClaims,
    worklistCases: batch.worklistCases,
    capacityCases: batch.worklist.capacityCases,
    maxCasesPerProvider: batch.worklist.maxCasesPerProvider,
    labelledClaims: batch.training.labelledClaims,
    confirmedClaims: batch.training.confirmedClaims,
  };
  await writeFile(join(tmp, f.manifest), JSON.stringify(manifest, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return policy;
}
