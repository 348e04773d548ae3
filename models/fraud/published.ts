// The reader of a published fraud directory: loads the Parquet tables into an in-memory
// DuckDB and answers typed rows (worklist claims with their case columns, detector hits with
// their signal's learned precision, model reasons, providers). Values are bound, never pasted;
// file paths go through the quoting module. Assembling cases from the rows is cases.ts's job.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { listValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { createOfflineDuckDB, literal } from '../../data-samples/sql/index.js';
import { arrowTableFromReader } from '../../features/snapshot/index.js';
import type { DetectorHitRow } from './explain.js';
import { FRAUD_FILES } from './files.js';
import type { FraudManifest } from './files.js';
import { worklistClaimsSql } from './worklist.js';
import type { WorklistOptions } from './worklist.js';

/** One claim of a worklist or case, with its case columns. */
export interface WorklistClaimRow {
  readonly caseId: string;
  readonly caseRank: number;
  readonly caseClaims: number;
  readonly caseExpectedRecovery: number;
  readonly caseAmountAtRisk: number;
  /** The case's expected recovery less its audit cost (CASE_ECONOMICS): what the list ranks by after certain evidence. Optional for older publications. */
  readonly caseNetValue?: number;
  readonly caseEvidence: 'certain' | 'suspicious' | 'model';
  readonly inWorklist: boolean;
  readonly rankInCase: number;
  readonly nomorSep: string;
  readonly facilityId: string;
  readonly province: string;
  readonly submitMonth: string;
  readonly admitted: string | null;
  readonly discharged: string | null;
  readonly cardKey: string | null;
  readonly memberKey: string | null;
  readonly doctor: string | null;
  readonly diagnoses: readonly string[];
  readonly procedures: readonly string[];
  readonly cbg: string | null;
  readonly paidAmount: number;
  readonly probability: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly primaryType: string;
  readonly evidenceStrength: 'certain' | 'suspicious' | null;
  readonly evidencePrecision: number;
  readonly fraudTypes: readonly string[];
}

/** One classifier contribution of an explained claim, as the batch wrote it. */
export interface ModelReasonRow {
  readonly nomorSep: string;
  readonly rank: number;
  readonly feature: string;
  readonly contribution: number;
  readonly value: string;
  readonly baselineValue: string;
  readonly peerValue: string;
  readonly en: string;
  readonly id: string;
}

/** A provider's roll-up of its claims' fraud probabilities. */
export interface ProviderScore {
  readonly facilityId: string;
  readonly province: string;
  readonly claims: number;
  readonly expectedFraudulentClaims: number;
  readonly fraudRate: number;
  readonly likelyFraudulentClaims: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly fraudTypes: readonly string[];
  /** Claims with certain evidence (always set by the service; optional for older test doubles). */
  readonly certainEvidenceClaims?: number;
}

/** Per-signal precision as published. */
export interface SignalPrecisionRow {
  readonly fraudType: string;
  readonly signal: string;
  readonly strength: 'certain' | 'suspicious';
  readonly priorConfirmed: number;
  readonly priorNotFraud: number;
  readonly audited: number;
  readonly confirmed: number;
  readonly precision: number;
}

export type ExportFormat = 'csv' | 'parquet' | 'arrow';

type Row = Record<string, unknown>;
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0));
const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
const split = (v: unknown): string[] => (typeof v === 'string' && v.length > 0 ? v.split('#') : []);

function claimRow(r: Row): WorklistClaimRow {
  const strength = r['evidence_strength'];
  return {
    caseId: String(r['case_id']),
    caseRank: num(r['case_rank']),
    caseClaims: num(r['case_claims']),
    caseExpectedRecovery: num(r['case_expected_recovery']),
    caseAmountAtRisk: num(r['case_amount_at_risk']),
    ...(r['case_net_value'] === undefined || r['case_net_value'] === null ? {} : { caseNetValue: num(r['case_net_value']) }),
    caseEvidence: (r['case_evidence'] as WorklistClaimRow['caseEvidence']) ?? 'model',
    inWorklist: r['in_worklist'] === true,
    rankInCase: num(r['rank_in_case']),
    nomorSep: String(r['nomor_sep']),
    facilityId: String(r['facility_id']),
    province: String(r['province_code']),
    submitMonth: text(r['submit_month']) ?? '',
    admitted: text(r['tgl_masuk']),
    discharged: text(r['tgl_pulang']),
    cardKey: text(r['card_key']),
    memberKey: text(r['member_key']),
    doctor: text(r['kode_dpjp']),
    diagnoses: split(r['diagnosa']),
    procedures: split(r['procedure']),
    cbg: text(r['kode_inacbg']),
    paidAmount: num(r['paid_amount']),
    probability: num(r['probability']),
    amountAtRisk: num(r['amount_at_risk']),
    expectedRecovery: num(r['expected_recovery']),
    primaryType: String(r['primary_type']),
    evidenceStrength: strength === 'certain' || strength === 'suspicious' ? strength : null,
    evidencePrecision: num(r['evidence_precision']),
    fraudTypes: (r['fraud_types'] as string[] | null) ?? [],
  };
}

/** Tables of a published directory loaded by the reader, and the file each comes from. */
const LOADED = [
  ['fraud_claim_scores', FRAUD_FILES.claimScores],
  ['fraud_detector_hits', FRAUD_FILES.detectorHits],
  ['fraud_model_reasons', FRAUD_FILES.modelReasons],
  ['fraud_provider_scores', FRAUD_FILES.providerScores],
  ['fraud_signal_precision', FRAUD_FILES.signalPrecision],
] as const;

export class PublishedFraudRun {
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly dir: string,
    readonly manifest: FraudManifest,
  ) {}

  static async open(dir: string): Promise<PublishedFraudRun> {
    const instance = await createOfflineDuckDB(':memory:', { threads: 2 });
    const connection = await instance.connect();
    for (const [table, file] of LOADED) {
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${literal(join(dir, file))})`);
    }
    const manifest = JSON.parse(await readFile(join(dir, FRAUD_FILES.manifest), 'utf8')) as FraudManifest;
    return new PublishedFraudRun(instance, connection, dir, manifest);
  }

  /** Requests share one connection; DuckDB runs one statement at a time on it, so they queue here. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #rows(sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    return (await this.connection.runAndReadAll(sql, params)).getRowObjectsJS() as Row[];
  }

  /** The worklist's claims (or one case's, with `caseId`), in case rank and rank within the case. */
  worklistClaims(options: WorklistOptions): Promise<WorklistClaimRow[]> {
    const { sql, params } = worklistClaimsSql(options);
    return this.#serial(async () => (await this.#rows(sql, params)).map(claimRow));
  }

  /** Detector hits of these claims with their signal's learned precision: certain first, then precision, then amount. */
  hits(seps: readonly string[]): Promise<DetectorHitRow[]> {
    if (seps.length === 0) return Promise.resolve([]);
    return this.#serial(
      async () =>
        (await this.#rows(
          `SELECT h.*, p.precision FROM fraud_detector_hits h LEFT JOIN fraud_signal_precision p USING (fraud_type, signal)
      WHERE h.nomor_sep IN (SELECT unnest($1::VARCHAR[]))
      ORDER BY h.strength = 'certain' DESC, p.precision DESC NULLS LAST, h.amount_at_risk DESC, h.nomor_sep, h.signal`,
          [listValue([...seps])],
        )) as unknown as DetectorHitRow[],
    );
  }

  /** Classifier contributions of these claims (only explained claims have any). */
  modelReasons(seps: readonly string[]): Promise<ModelReasonRow[]> {
    if (seps.length === 0) return Promise.resolve([]);
    return this.#serial(async () =>
      (
        await this.#rows(`SELECT * FROM fraud_model_reasons WHERE nomor_sep IN (SELECT unnest($1::VARCHAR[])) ORDER BY nomor_sep, rank`, [
          listValue([...seps]),
        ])
      ).map((m) => ({
        nomorSep: String(m['nomor_sep']),
        rank: num(m['rank']),
        feature: String(m['feature']),
        contribution: num(m['contribution']),
        value: String(m['value'] ?? ''),
        baselineValue: String(m['baseline_value'] ?? ''),
        peerValue: String(m['peer_value'] ?? ''),
        en: String(m['reason_en']),
        id: String(m['reason_id']),
      })),
    );
  }

  /** Providers by expected recovery, optionally of one province. */
  providers(limit: number, province?: string): Promise<ProviderScore[]> {
    const n = Math.max(1, Math.floor(Number.isFinite(limit) ? limit : 1));
    return this.#serial(async () => {
      const rows = province
        ? await this.#rows(
            'SELECT * FROM fraud_provider_scores WHERE province_code = $1 ORDER BY expected_recovery DESC, facility_id LIMIT $2',
            [province, n],
          )
        : await this.#rows('SELECT * FROM fraud_provider_scores ORDER BY expected_recovery DESC, facility_id LIMIT $1', [n]);
      return rows.map((r) => ({
        facilityId: String(r['facility_id']),
        province: String(r['province_code']),
        claims: num(r['claims']),
        expectedFraudulentClaims: num(r['expected_fraudulent_claims']),
        fraudRate: num(r['fraud_rate']),
        likelyFraudulentClaims: num(r['likely_fraudulent_claims']),
        amountAtRisk: num(r['amount_at_risk']),
        expectedRecovery: num(r['expected_recovery']),
        certainEvidenceClaims: num(r['certain_evidence_claims']),
        fraudTypes: (r['fraud_types'] as string[] | null) ?? [],
      }));
    });
  }

  /** Every signal's learned precision (Beta posterior per signal), most precise first. */
  signalPrecision(): Promise<SignalPrecisionRow[]> {
    return this.#serial(async () =>
      (await this.#rows('SELECT * FROM fraud_signal_precision ORDER BY strength, precision DESC, fraud_type, signal')).map((r) => ({
        fraudType: String(r['fraud_type']),
        signal: String(r['signal']),
        strength: r['strength'] === 'certain' ? ('certain' as const) : ('suspicious' as const),
        priorConfirmed: num(r['prior_confirmed']),
        priorNotFraud: num(r['prior_not_fraud']),
        audited: num(r['audited']),
        confirmed: num(r['confirmed']),
        precision: num(r['precision']),
      })),
    );
  }

  /** The worklist's claims with their case columns, as CSV, Parquet or Arrow IPC bytes. */
  export(options: WorklistOptions, format: ExportFormat): Promise<Buffer> {
    const { sql, params } = worklistClaimsSql(options);
    const select = `SELECT case_id, case_rank, rank_in_case, nomor_sep, facility_id, province_code, primary_type, case_evidence, evidence_strength,
        array_to_string(fraud_types, '|') AS fraud_types, submit_month, probability, amount_at_risk, expected_recovery FROM (${sql})`;
    return this.#serial(async () => {
      if (format === 'arrow')
        return Buffer.from(tableToIPC(arrowTableFromReader(await this.connection.runAndReadAll(select, params)), 'file'));
      const dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-export-'));
      try {
        const path = join(dir, `worklist.${format}`);
        // COPY takes no parameters: the result goes through a temporary table first
        await this.connection.run(`CREATE OR REPLACE TEMP TABLE fraud_export AS ${select}`, params);
        await this.connection.run(`COPY fraud_export TO ${literal(path)} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
        return await readFile(path);
      } finally {
        await this.connection.run('DROP TABLE IF EXISTS fraud_export');
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
