// Scores one claim on arrival (pre-payment) with the same SQL the batch runs, so a claim gets
// the same probability, amount at risk, expected recovery and types on both paths: the new
// claim, its card's episodes, its doctor's day and its facility's nearby claims go through the
// claim-base, pair, feature, detector, model-input and claim-score SQL in an in-memory DuckDB
// holding the published context (CBG peers and provider features by month, provider
// distributions, signal precision, the audited risk share); the published networks give its
// probability. Every field is checked against its column type before any SQL runs, and
// values go in through DuckDB's appender (arrival-claim-row.ts), never pasted into SQL.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { TARIFF_COMPONENTS, tableDef } from '../../data-samples/schema/index.js';
import { loadBundle } from '../bundle/index.js';
import { autoencoderFromBundle } from '../families/autoencoder/index.js';
import { classifierFromBundle } from '../families/classifier/index.js';
import { useBackend } from '../tf/index.js';
import { MODEL_INPUT_QUERY } from './batch.js';
import { ArrivalContext } from './arrival-context.js';
import { claimScoresSelect } from './claim-scores.js';
import { detectorReason, explainClaim } from './explain.js';
import type { ClaimEvidence, DetectorHitRow, FraudReason } from './explain.js';
import { FRAUD_FILES } from './files.js';
import { scoreFraud } from './model.js';
import type { FraudModels } from './model.js';
import { tableFromReader } from './tables.js';
import { triageRoute } from './triage.js';
import type { TriagePolicy, TriageRoute } from './triage.js';

/** A claim as e-Klaim submits it, with the card already pseudonymised (card_key). */
export type ArrivalClaim = Readonly<Record<string, string | number | null>>;

export interface ArrivalScore {
  readonly nomorSep: string;
  readonly probability: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly route: TriageRoute;
  readonly fraudTypes: readonly string[];
  readonly reasons: readonly FraudReason[];
  // Always set by the scorer; optional for older test doubles.
  /** The type of the claim's strongest evidence (what its case would be), or UNCLASSIFIED. */
  readonly primaryType?: string;
  readonly evidenceStrength?: 'certain' | 'suspicious' | null;
  /** Whether the claim alone makes a case (certain evidence, or its expected recovery pays for a case audit: CASE_RULE); in the batch its scheme's other claims count too. */
  readonly inCase?: boolean;
}

/** A claim field that cannot be scored: named, with what is wrong, and never any SQL. */
export class ArrivalClaimError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'ArrivalClaimError';
  }
}

/** Fields a claim must carry to be scored. */
export const REQUIRED_ARRIVAL_FIELDS = Object.freeze([
  'nomor_sep',
  'card_key',
  'facility_id',
  'tgl_masuk',
  'tgl_pulang',
  'tgl_pengajuan',
  'kode_dpjp',
  'kode_inacbg',
  'diagnosa',
]);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INT_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INTEGER: [-2147483648, 2147483647],
  BIGINT: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UTINYINT: [0, 255],
  USMALLINT: [0, 65535],
  UINTEGER: [0, 4294967295],
  UBIGINT: [0, Number.MAX_SAFE_INTEGER],
};

/** A real calendar date 'YYYY-MM-DD' (no 30 February). */
export function isCalendarDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?Z?$/;

/** A real date and time 'YYYY-MM-DD HH:MM[:SS[.fff]]' or ISO 8601 in UTC (no 30 February, no 25:00). */
export function isCalendarTime(v: string): boolean {
  const m = TIME.exec(v);
  if (!m || !isCalendarDate(m[1] as string)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}

/** Checks every known field against its column type; throws ArrivalClaimError naming the first bad one. */
export function validateArrivalClaim(claim: ArrivalClaim, columns: ReadonlyMap<string, string>): void {
  for (const f of REQUIRED_ARRIVAL_FIELDS) {
    const v = claim[f];
    if (v === undefined || v === null || v === '') throw new ArrivalClaimError(f, 'is required');
  }
  for (const [field, v] of Object.entries(claim)) {
    const type = columns.get(field);
    if (type === undefined || v === null) continue;
    if (type === 'VARCHAR') {
      if (typeof v !== 'string') throw new ArrivalClaimError(field, 'must be text');
      if (v.includes('\0')) throw new ArrivalClaimError(field, 'must not contain a NUL character');
      if (v.length > 4000) throw new ArrivalClaimError(field, 'is too long');
    } else if (type === 'DATE') {
      if (typeof v !== 'string' || !isCalendarDate(v)) throw new ArrivalClaimError(field, 'must be a calendar date YYYY-MM-DD');
    } else if (type === 'TIMESTAMP') {
      if (typeof v !== 'string' || !isCalendarTime(v))
        throw new ArrivalClaimError(field, 'must be a date and time YYYY-MM-DD HH:MM[:SS] that exists');
    } else if (type in INT_RANGE) {
      const [lo, hi] = INT_RANGE[type] as readonly [number, number];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi)
        throw new ArrivalClaimError(field, `must be a whole number from ${lo} to ${hi}`);
    } else if (type === 'DOUBLE' || type === 'FLOAT' || type.startsWith('DECIMAL')) {
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e15) throw new ArrivalClaimError(field, 'must be a finite number');
    } else if (typeof v !== 'string' && typeof v !== 'number') {
      throw new ArrivalClaimError(field, 'has an unsupported value');
    }
  }
  if (String(claim['tgl_pulang']) < String(claim['tgl_masuk'])) throw new ArrivalClaimError('tgl_pulang', 'must not be before tgl_masuk');
  // the extract contract's bounds, as ingestion checks them (a negative tariff is no bill)
  for (const [field, [lo, hi]] of CONTRACT_BOUNDS) {
    const v = claim[field];
    if (typeof v !== 'number' || (v >= lo && v <= hi)) continue;
    throw new ArrivalClaimError(
      field,
      hi === Infinity ? `must be at least ${lo}` : lo === -Infinity ? `must be at most ${hi}` : `must be from ${lo} to ${hi}`,
    );
  }
  // The ingestion rule billed_cost_mismatch, here too: features take logarithms of what the
  // components leave of the bill, so a bill below the components it names cannot be scored.
  const components = TARIFF_COMPONENTS.map(([name]) => claim[name]);
  if (typeof claim['billed_cost'] === 'number') {
    const sum = components.reduce<number>((a, c) => a + (typeof c === 'number' ? c : 0), 0);
    const all = components.every((c) => typeof c === 'number');
    if (all && sum !== claim['billed_cost'])
      throw new ArrivalClaimError('billed_cost', `must be the sum of the ${TARIFF_COMPONENTS.length} tariff components (${sum})`);
    if (!all && sum > claim['billed_cost'])
      throw new ArrivalClaimError('billed_cost', `must be at least the sum of the tariff components given (${sum})`);
  }
}

/** Numeric bounds of the claims contract (data-samples/schema), by field. */
const CONTRACT_BOUNDS: ReadonlyMap<string, readonly [number, number]> = new Map(
  tableDef('claims')
    .columns.filter((c) => c.min !== undefined || c.max !== undefined)
    .map((c) => [c.name, [c.min ?? -Infinity, c.max ?? Infinity] as const]),
);

type Row = Record<string, unknown>;

/** The claim on arrival is the one row of arr_new: the reads select it by that, not by a bound SEP (planned once, see arrival-context.ts). */
const THE_CLAIM = 'nomor_sep IN (SELECT nomor_sep FROM arr_new)';
/** What a request reads back from its tables: the model's input, the claim's score row and its hits (best evidence first). */
const ARRIVAL_READS = Object.freeze({
  modelInput: `SELECT * FROM (${MODEL_INPUT_QUERY}) WHERE ${THE_CLAIM}`,
  claimScore: `SELECT * FROM (${claimScoresSelect()}) WHERE ${THE_CLAIM}`,
  hits: `SELECT h.*, p.precision FROM fraud_detector_hits h LEFT JOIN fraud_signal_precision p USING (fraud_type, signal)
    WHERE h.${THE_CLAIM} ORDER BY h.strength = 'certain' DESC, p.precision DESC NULLS LAST, h.amount_at_risk DESC, h.signal`,
});
type ArrivalRead = keyof typeof ARRIVAL_READS;
const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

export class FraudArrivalScorer {
  /** Requests share one connection; DuckDB runs one statement at a time on it, so they queue here. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly context: ArrivalContext<ArrivalRead>,
    readonly models: FraudModels,
    readonly policy: TriagePolicy,
  ) {}

  static async open(dir: string): Promise<FraudArrivalScorer> {
    // the networks load into the active tfjs backend: make it the production one, ready
    await useBackend('wasm');
    const context = await ArrivalContext.open(dir, ARRIVAL_READS);
    try {
      const f = FRAUD_FILES;
      const models: FraudModels = {
        classifier: classifierFromBundle(await loadBundle(join(dir, f.classifier))),
        autoencoder: autoencoderFromBundle(await loadBundle(join(dir, f.autoencoder))),
      };
      const policy = JSON.parse(await readFile(join(dir, f.triage), 'utf8')) as TriagePolicy;
      return new FraudArrivalScorer(context, models, policy);
    } catch (err) {
      context.close();
      throw err;
    }
  }

  /** Scores one claim; `explain` adds the classifier's contributions (integrated gradients). Bad fields throw ArrivalClaimError. */
  score(claim: ArrivalClaim, explain = false): Promise<ArrivalScore> {
    const next = this.#queue.then(() => this.#score(claim, explain));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #score(claim: ArrivalClaim, explain: boolean): Promise<ArrivalScore> {
    validateArrivalClaim(claim, this.context.claimColumns);
    return this.context.withClaim(claim, () => this.#scoreLoaded(claim, explain));
  }

  /** Scores the claim whose request tables the context holds. */
  async #scoreLoaded(claim: ArrivalClaim, explain: boolean): Promise<ArrivalScore> {
    const sep = String(claim['nomor_sep']);
    const { modelInput, claimScore, hits: hitsRead } = this.context.reads;
    const table = tableFromReader(await modelInput.runAndReadAll(), ['nomor_sep']);
    const scored = scoreFraud(this.models, table);
    const probability = scored.probability[0] ?? 0;
    await this.context.setModelScores(sep, probability, scored.anomaly[0] ?? 0);
    const row = (await claimScore.runAndReadAll()).getRowObjectsJS()[0] as Row | undefined;
    if (!row) throw new ArrivalClaimError('nomor_sep', 'the claim could not be joined to its member or facility');
    const hits = (await hitsRead.runAndReadAll()).getRowObjectsJS() as unknown as DetectorHitRow[];
    const evidence = (h: DetectorHitRow): ClaimEvidence => ({
      nomorSep: sep,
      memberKey: text(row['member_key']),
      cardKey: text(row['card_key']),
      admitted: text(row['tgl_masuk']),
      discharged: text(row['tgl_pulang']),
      doctor: text(row['kode_dpjp']),
      diagnoses: String(row['diagnosa'] ?? '')
        .split('#')
        .filter(Boolean),
      procedures: String(row['procedure'] ?? '')
        .split('#')
        .filter(Boolean),
      cbg: text(row['kode_inacbg']),
      paidAmount: Number(row['paid_amount'] ?? 0),
      amountAtRisk: Number(h.amount_at_risk),
      relatedSep: [...(h.related_sep ?? [])],
      en: h.evidence_en,
      id: h.evidence_id,
    });
    const reasons: FraudReason[] = hits.map((h) => detectorReason(h, evidence(h)));
    if (explain) reasons.push(...explainClaim(this.models, scored.table, 0, sep, probability).modelReasons);
    const amountAtRisk = Number(row['amount_at_risk']);
    const expectedRecovery = Number(row['expected_recovery']);
    const strength = row['evidence_strength'] === 'certain' || row['evidence_strength'] === 'suspicious' ? row['evidence_strength'] : null;
    return {
      nomorSep: sep,
      probability,
      amountAtRisk,
      // whole rupiah, as the worklist shows it; routing reads the exact figure, as the batch does
      expectedRecovery: Math.round(expectedRecovery),
      // routed on the posterior the batch forms cases with (CASE_RULE), not the model alone
      route: triageRoute(
        { expectedRecovery, probability: Number(row['posterior'] ?? probability), evidenceStrength: strength },
        this.policy,
      ),
      fraudTypes: (row['fraud_types'] as string[] | null) ?? [],
      primaryType: String(row['primary_type']),
      evidenceStrength: strength,
      inCase: row['in_case'] === true,
      reasons,
    };
  }

  close(): void {
    this.context.close();
  }
}
