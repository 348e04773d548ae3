// The read side of a published fraud batch, as the API uses it: worklists with filters and
// capacity, case detail with reasons, exports (CSV, Parquet, Arrow IPC), arrival scoring,
// and worklist precision from investigator outcomes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { arrowTableFromReader } from '../../features/snapshot/index.js';
import { FraudArrivalScorer } from './arrival.js';
import type { ArrivalClaim, ArrivalScore } from './arrival.js';
import { detectorReason } from './explain.js';
import type { DetectorHitRow, FraudReason } from './explain.js';
import { FRAUD_FILES } from './publish.js';
import { worklistClaimsSql } from './worklist.js';
import type { WorklistOptions } from './worklist.js';

/** Detector evidence rows shown per case: the strongest, enough for an auditor to start (assumption). */
export const EVIDENCE_ROWS_PER_CASE = 5;
/** Claims of a case searched for evidence: its best ones by expected recovery (bounds the IN list). */
export const EVIDENCE_SEARCH_CLAIMS = 200;

export interface WorklistClaim {
  readonly nomorSep: string;
  readonly probability: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly fraudTypes: readonly string[];
  readonly submitMonth: string;
}

export interface WorklistCase {
  readonly caseId: string;
  readonly rank: number;
  readonly facilityId: string;
  readonly province: string;
  readonly fraudType: string;
  readonly claims: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly reasons: readonly FraudReason[];
}

export interface CaseDetail extends WorklistCase {
  readonly claimList: readonly WorklistClaim[];
}

export type ExportFormat = 'csv' | 'parquet' | 'arrow';

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
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0));
const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

export class FraudWorklistService {
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    readonly scorer: FraudArrivalScorer,
    readonly dir: string,
    /** Size of the published worklist (claims): the capacity a request that names none gets. */
    readonly publishedCapacity: number,
  ) {}

  static async open(dir: string): Promise<FraudWorklistService> {
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2' });
    const connection = await instance.connect();
    const f = FRAUD_FILES;
    for (const [table, file] of [['fraud_claim_scores', f.claimScores], ['fraud_detector_hits', f.detectorHits], ['fraud_model_reasons', f.modelReasons], ['fraud_provider_scores', f.providerScores]] as const) {
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${lit(join(dir, file))})`);
    }
    const manifest = JSON.parse(await readFile(join(dir, f.manifest), 'utf8')) as { worklistClaims?: number };
    return new FraudWorklistService(connection, instance, await FraudArrivalScorer.open(dir), dir, Math.max(1, manifest.worklistClaims ?? 1));
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #rows(sql: string): Promise<Row[]> {
    return (await this.connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  }

  /** Cases of the worklist in rank order, each with its reasons. */
  worklist(options: WorklistOptions): Promise<WorklistCase[]> {
    return this.#serial(async () => {
      const rows = await this.#rows(`SELECT case_id, any_value(case_rank) AS rank, any_value(facility_id) AS facility_id, any_value(province_code) AS province,
          any_value(primary_type) AS fraud_type, count(*) AS claims, sum(amount_at_risk) AS amount, sum(expected_recovery) AS er, list(nomor_sep ORDER BY rank_in_case) AS seps
        FROM (${worklistClaimsSql(options)}) GROUP BY case_id ORDER BY rank`);
      const cases: WorklistCase[] = [];
      for (const r of rows) cases.push(await this.#case(r));
      return cases;
    });
  }

  async #case(r: Row): Promise<WorklistCase> {
    const seps = (r['seps'] as string[]).slice(0, EVIDENCE_SEARCH_CLAIMS).map(lit).join(', ');
    const hits = (await this.#rows(`SELECT * FROM fraud_detector_hits WHERE nomor_sep IN (${seps}) ORDER BY amount_at_risk DESC, nomor_sep LIMIT ${EVIDENCE_ROWS_PER_CASE}`)) as unknown as DetectorHitRow[];
    const model = await this.#rows(`SELECT * FROM fraud_model_reasons WHERE nomor_sep IN (${seps}) ORDER BY nomor_sep, rank LIMIT ${EVIDENCE_ROWS_PER_CASE}`);
    const reasons: FraudReason[] = hits.map(detectorReason);
    for (const m of model) {
      reasons.push({ kind: 'model', feature: String(m['feature']), contribution: num(m['contribution']), value: String(m['value']), peerValue: String(m['peer_value']), en: String(m['reason_en']), id: String(m['reason_id']) });
    }
    if (reasons.length === 0) {
      // A case the batch did not explain (a filtered list reaching below the published one): the score itself is the reason.
      const p = num((await this.#rows(`SELECT avg(probability) AS p FROM fraud_claim_scores WHERE nomor_sep IN (${seps})`))[0]?.['p']);
      reasons.push({ kind: 'model', feature: 'probability', contribution: 0, value: p, peerValue: null,
        en: `Model fraud probability ${p.toFixed(2)} with no detector hit; run the claim through POST /fraud/claims/score?explain=true for its contributions`,
        id: `Probabilitas fraud model ${p.toFixed(2)} tanpa temuan detektor; skor ulang klaim dengan explain=true untuk kontribusinya` });
    }
    return {
      caseId: String(r['case_id']), rank: num(r['rank']), facilityId: String(r['facility_id']), province: String(r['province']),
      fraudType: String(r['fraud_type']), claims: num(r['claims']), amountAtRisk: num(r['amount']), expectedRecovery: num(r['er']), reasons,
    };
  }

  /** Providers by expected recovery, optionally of one province. */
  providers(limit: number, province?: string): Promise<ProviderScore[]> {
    return this.#serial(async () => {
      const where = province ? `WHERE province_code = ${lit(province)}` : '';
      const rows = await this.#rows(`SELECT * FROM fraud_provider_scores ${where} ORDER BY expected_recovery DESC, facility_id LIMIT ${Math.max(1, Math.floor(limit))}`);
      return rows.map((r) => ({
        facilityId: String(r['facility_id']), province: String(r['province_code']), claims: num(r['claims']),
        expectedFraudulentClaims: num(r['expected_fraudulent_claims']), fraudRate: num(r['fraud_rate']),
        likelyFraudulentClaims: num(r['likely_fraudulent_claims']), amountAtRisk: num(r['amount_at_risk']),
        expectedRecovery: num(r['expected_recovery']), fraudTypes: (r['fraud_types'] as string[] | null) ?? [],
      }));
    });
  }

  /** One case with all its claims (not only those that fit a worklist's capacity). */
  caseDetail(caseId: string, minProbability?: number): Promise<CaseDetail | null> {
    return this.#serial(async () => {
      const rows = await this.#rows(worklistClaimsSql({ capacityClaims: Number.MAX_SAFE_INTEGER, caseId, ...(minProbability !== undefined ? { minProbability } : {}) }));
      if (rows.length === 0) return null;
      const first = rows[0] as Row;
      const head = await this.#case({
        case_id: caseId, rank: first['case_rank'], facility_id: first['facility_id'], province: first['province_code'], fraud_type: first['primary_type'],
        claims: rows.length, amount: rows.reduce((s, r) => s + num(r['amount_at_risk']), 0), er: rows.reduce((s, r) => s + num(r['expected_recovery']), 0),
        seps: rows.map((r) => String(r['nomor_sep'])),
      });
      return {
        ...head,
        claimList: rows.map((r) => ({
          nomorSep: String(r['nomor_sep']), probability: num(r['probability']), amountAtRisk: num(r['amount_at_risk']),
          expectedRecovery: num(r['expected_recovery']), fraudTypes: (r['fraud_types'] as string[] | null) ?? [], submitMonth: String(r['submit_month']),
        })),
      };
    });
  }

  /** The worklist's claims with their case columns, as CSV, Parquet or Arrow IPC bytes. */
  export(options: WorklistOptions, format: ExportFormat): Promise<Buffer> {
    return this.#serial(async () => {
      const select = `SELECT case_id, case_rank, rank_in_case, nomor_sep, facility_id, province_code, primary_type, array_to_string(fraud_types, '|') AS fraud_types,
        submit_month, probability, amount_at_risk, expected_recovery FROM (${worklistClaimsSql(options)})`;
      if (format === 'arrow') return Buffer.from(tableToIPC(arrowTableFromReader(await this.connection.runAndReadAll(select)), 'file'));
      const dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-export-'));
      try {
        const path = join(dir, `worklist.${format}`);
        await this.connection.run(`COPY (${select}) TO ${lit(path)} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
        return await readFile(path);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  scoreClaim(claim: ArrivalClaim, explain = false): Promise<ArrivalScore> {
    return this.scorer.score(claim, explain);
  }

  close(): void {
    this.scorer.close();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
