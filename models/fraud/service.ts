// The read side of a published fraud batch, as the API uses it: worklists with filters,
// capacity in cases and a per-provider cap, case detail (its rank is the worklist's), exports,
// signal precision, providers and arrival scoring. It composes the reader of the published
// files (published.ts) and the case assembler (cases.ts).
import { FraudArrivalScorer } from './arrival.js';
import type { ArrivalClaim, ArrivalScore } from './arrival.js';
import { EVIDENCE_SEARCH_CLAIMS, assembleCases, worklistClaim } from './cases.js';
import type { CaseDetail, WorklistCase } from './cases.js';
import { PublishedFraudRun } from './published.js';
import type { ExportFormat, ProviderScore, SignalPrecisionRow, WorklistClaimRow } from './published.js';
import { DEFAULT_CASE_CAPACITY, DEFAULT_CASES_PER_PROVIDER } from './worklist.js';
import type { WorklistOptions } from './worklist.js';

export type { CaseDetail, WorklistCase, WorklistClaim } from './cases.js';
export type { ExportFormat, ProviderScore, SignalPrecisionRow } from './published.js';
export type { DetectorReason, ModelReason } from './explain.js';

export class FraudWorklistService {
  private constructor(
    private readonly published: PublishedFraudRun,
    readonly scorer: FraudArrivalScorer,
    readonly dir: string,
    /** Capacity (cases) of the published worklist: what a request that names none gets. */
    readonly publishedCapacity: number,
    /** Per-provider cap of the published worklist. */
    readonly publishedCasesPerProvider: number,
  ) {}

  static async open(dir: string): Promise<FraudWorklistService> {
    const published = await PublishedFraudRun.open(dir);
    try {
      const m = published.manifest;
      return new FraudWorklistService(
        published,
        await FraudArrivalScorer.open(dir),
        dir,
        Math.max(1, m.capacityCases ?? DEFAULT_CASE_CAPACITY),
        Math.max(1, m.maxCasesPerProvider ?? DEFAULT_CASES_PER_PROVIDER),
      );
    } catch (err) {
      published.close();
      throw err;
    }
  }

  /** The published defaults under the request's own options. */
  #options(o: WorklistOptions): WorklistOptions {
    return { capacityCases: this.publishedCapacity, maxCasesPerProvider: this.publishedCasesPerProvider, ...o };
  }

  async #assemble(rows: readonly WorklistClaimRow[]): Promise<WorklistCase[]> {
    const searched = rows.filter((r) => r.rankInCase <= EVIDENCE_SEARCH_CLAIMS).map((r) => r.nomorSep);
    return assembleCases(rows, await this.published.hits(searched), await this.published.modelReasons(searched));
  }

  /** Cases of the worklist in rank order, each with its reasons. */
  async worklist(options: WorklistOptions): Promise<WorklistCase[]> {
    return this.#assemble(await this.published.worklistClaims(this.#options(options)));
  }

  /** One case with all its claims, ranked as in the unfiltered published worklist (also when outside its capacity). */
  async caseDetail(caseId: string): Promise<CaseDetail | null> {
    const rows = await this.published.worklistClaims(this.#options({ caseId }));
    if (rows.length === 0) return null;
    const [head] = await this.#assemble(rows);
    if (!head) return null;
    return { ...head, claimList: rows.map(worklistClaim) };
  }

  providers(limit: number, province?: string): Promise<ProviderScore[]> {
    return this.published.providers(limit, province);
  }

  signalPrecision(): Promise<SignalPrecisionRow[]> {
    return this.published.signalPrecision();
  }

  /** The worklist's claims with their case columns, as CSV, Parquet or Arrow IPC bytes. */
  export(options: WorklistOptions, format: ExportFormat): Promise<Buffer> {
    return this.published.export(this.#options(options), format);
  }

  scoreClaim(claim: ArrivalClaim, explain = false): Promise<ArrivalScore> {
    return this.scorer.score(claim, explain);
  }

  close(): void {
    this.scorer.close();
    this.published.close();
  }
}
