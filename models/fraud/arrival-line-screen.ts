// Arrival screens of INFLATED_BILL's two line branches: the whole drug, device and consumable line
// (drug_device_outlier) and the support line (support_services_outlier) against their procedure-matched
// peers. They ran on every claim and were the dearest branches on arrival (profile on the 20k-member
// publication, 30 claims, load 8-10, CPU per claim: 19-28 ms and 18-24 ms), though few claims can be hit:
// every way either branch names a claim asks the line's excess over its peers to pass a floor, the
// lone-outlier screen (drugDeviceShareRatio 2.5x, supportShareRatio 2x) or, where the hospital's own
// series of the line steps (its published line_step rows), lineStepPeerFloor (1.25x). Over the batch's
// 34,984 claims of that publication 3.4% of visits and 2.5% of stays pass (measured in DuckDB).
//
// The screen is a necessary condition, never the rule: the claim's excess is at most its line's log share
// less the smallest of its candidate peers' medians (ppr, pdx, pcb, pal: the drug norm is one of them,
// raised by allowances that only lower the excess), and the step needs a line_step row of the claim's
// facility and line. It reads the claim's own fraud_claim_base row as the request computed it (seen as
// its chunk passes to the appender) and two resident maps made once from the published context, and
// errs towards running the branch: a NULL, a code past ASCII or an unknown row lets the claim through.
// Which branches a screen covers is decided by the branch's SQL (arrival-branch-gates.ts requiresOneOf:
// its WHERE is true only where one of the screen's atoms is), so a branch that stops asking it runs ungated.
import type { DuckDBConnection, DuckDBDataChunk, DuckDBValue } from '@duckdb/node-api';
import { PROCEDURE_PEER_TABLE, PROVIDER_DISTRIBUTION_TABLE, detector, thresholdValues } from './detectors/index.js';
import { STEP_COMPONENTS, componentFloorSql, drugExcessSql, supportExcessSql } from './detectors/inflated-line-repeat.js';
import { lineStepHitSql } from './detectors/inflated-line-step.js';
import type { StepLine } from './detectors/inflated-line-step.js';
import { LOG_COST_SMOOTHING, PROCEDURES_ALL_LEVELS_SCOPE } from './detectors/peers.js';

/** The two lines screened. */
export type ScreenedLine = 'drug' | 'support';

/**
 * How far below the SQL's own threshold the screen still lets a claim through: JavaScript's Math.log and DuckDB's
 * ln may differ in the last bits, and a claim on the threshold must never be refused for that (a log share is
 * of order 1, a double's rounding of order 1e-16).
 */
const ROUNDING_MARGIN = 1e-9;

const thresholds = (): Readonly<Record<string, number>> => {
  const d = detector('INFLATED_BILL');
  if (!d) throw new Error('arrival-line-screen.ts: no INFLATED_BILL detector');
  return thresholdValues(d, {});
};

/** Per screened line: its excess over the peers (SQL), the lone screen ratio, and the own-series lines that can step it. */
interface LineRule {
  readonly excessSql: string;
  readonly loneRatio: number;
  readonly stepLines: readonly StepLine[];
}

function lineRules(t: Readonly<Record<string, number>>): Readonly<Record<ScreenedLine, LineRule>> {
  // the components of a line's own series whose floor is the line's own excess (the device line's is its own: left out)
  const components = (line: ScreenedLine, excessSql: string): StepLine[] =>
    STEP_COMPONENTS.filter((c) => c.of === line && componentFloorSql(c) === excessSql).map((c) => c.line);
  return {
    drug: {
      excessSql: drugExcessSql,
      loneRatio: t['drugDeviceShareRatio'] as number,
      stepLines: ['drug', ...components('drug', drugExcessSql)],
    },
    support: {
      excessSql: supportExcessSql,
      loneRatio: t['supportShareRatio'] as number,
      stepLines: ['support', ...components('support', supportExcessSql)],
    },
  };
}

/**
 * The SQL atoms of `line`'s screen: a branch whose WHERE is true only where one of them is (requiresOneOf) can hit
 * only a claim whose excess passes the lone ratio, or a step of the line's own series (which asks the excess past
 * lineStepPeerFloor and a line_step row of that line).
 */
export function lineScreenAtoms(line: ScreenedLine): readonly string[] {
  const t = thresholds();
  const rule = lineRules(t)[line];
  return [`${rule.excessSql} > ln(${rule.loneRatio})`, ...rule.stepLines.map((l) => lineStepHitSql(rule.excessSql, t as never, l))];
}

/** The columns of the claim's fraud_claim_base row a screen reads. */
export const SCREEN_COLUMNS = [
  'nomor_sep',
  'facility_id',
  'kode_inacbg',
  'cbg_base',
  'dx_category',
  'px_list',
  'billed_cost',
  'tarif_obat',
  'tarif_alkes',
  'tarif_bmhp',
  'tarif_obat_kronis',
  'tarif_laboratorium',
  'tarif_radiologi',
  'tarif_penunjang',
  'tarif_sewa_alat',
] as const;
export type ScreenRow = Readonly<Record<(typeof SCREEN_COLUMNS)[number], unknown>>;

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Codes DuckDB's list_sort orders as JavaScript does (printable ASCII: byte order is code-unit order). */
const ASCII = /^[ -~]*$/;

/** A peer key's smallest medians of the two lines (undefined: no row gives one). */
interface PeerLogs {
  drug?: number;
  support?: number;
}

/** The published context a line screen reads: procedure peers by scope and key, and the own-series lines each facility steps in. */
export class LineScreen {
  private constructor(
    private readonly peers: ReadonlyMap<string, PeerLogs>,
    private readonly stepLines: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly rules: Readonly<Record<ScreenedLine, LineRule>>,
    private readonly floor: number,
  ) {}

  /** Reads the resident peers and provider rows (context tables: the same for every request). */
  static async load(connection: DuckDBConnection): Promise<LineScreen> {
    const peers = new Map<string, PeerLogs>();
    const rows = (
      await connection.runAndReadAll(`SELECT scope || '|' || group_key AS k, min(ordinary_drug_log) AS drug, min(support_log) AS support
        FROM ${PROCEDURE_PEER_TABLE} WHERE group_key IS NOT NULL GROUP BY ALL`)
    ).getRowObjectsJS();
    for (const r of rows) peers.set(String(r['k']), { drug: num(r['drug']), support: num(r['support']) });
    const stepLines = new Map<string, Set<string>>();
    const steps = (
      await connection.runAndReadAll(`SELECT DISTINCT facility_id, line
        FROM (SELECT facility_id, unnest(line_step, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) WHERE facility_id IS NOT NULL`)
    ).getRowObjectsJS();
    for (const s of steps) {
      const f = String(s['facility_id']);
      stepLines.set(f, (stepLines.get(f) ?? new Set()).add(String(s['line'])));
    }
    const t = thresholds();
    return new LineScreen(peers, stepLines, lineRules(t), t['lineStepPeerFloor'] as number);
  }

  /** Whether the claim of `row` may be named by `line`'s branch; true when its row is unknown or not plain. */
  mayStep(row: ScreenRow | undefined, line: ScreenedLine): boolean {
    if (!row) return true;
    const logShare = line === 'drug' ? drugLogShare(row) : supportLogShare(row);
    const norm = this.smallestNorm(row, line);
    if (logShare === undefined || norm === null) return true;
    // no peer median at all: the excess is NULL and no branch of the line names the claim
    if (norm === undefined) return false;
    const rule = this.rules[line];
    const steps = this.stepLines.get(String(row.facility_id));
    const ratio = rule.stepLines.some((l) => steps?.has(l)) ? Math.min(rule.loneRatio, this.floor) : rule.loneRatio;
    return logShare - norm > Math.log(ratio) - ROUNDING_MARGIN;
  }

  /** The smallest peer median of `line` among the claim's candidate peer groups; undefined: none; null: a key it cannot form. */
  private smallestNorm(row: ScreenRow, line: ScreenedLine): number | undefined | null {
    const cbg = str(row.kode_inacbg);
    if (cbg === undefined) return null;
    const px = row.px_list;
    const items = px && typeof px === 'object' && 'items' in px ? (px as { items: readonly DuckDBValue[] }).items : undefined;
    if (px !== null && items === undefined) return null;
    const codes = items?.map((x) => (typeof x === 'string' && ASCII.test(x) ? x : null));
    if (codes?.includes(null)) return null;
    // procedureKeySql: array_to_string(list_sort(px_list), '+')
    const procedures = codes === undefined ? undefined : [...(codes as string[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('+');
    const dx = str(row.dx_category);
    const base = str(row.cbg_base);
    const keys = [
      procedures === undefined ? undefined : `procedures|${cbg}|${procedures}`,
      dx === undefined ? undefined : `diagnosis|${cbg}|${dx}`,
      `cbg|${cbg}`,
      procedures === undefined || base === undefined ? undefined : `${PROCEDURES_ALL_LEVELS_SCOPE}|${base}|${procedures}`,
    ];
    let smallest: number | undefined;
    for (const k of keys) {
      const v = k === undefined ? undefined : this.peers.get(k)?.[line];
      if (v !== undefined && (smallest === undefined || v < smallest)) smallest = v;
    }
    return smallest;
  }
}

/** ordinaryDrugLogSql (peers.ts): the ordinary drug, device and consumable line against the services. */
function drugLogShare(r: ScreenRow): number | undefined {
  const [billed, obat, alkes, bmhp, kronis] = [r.billed_cost, r.tarif_obat, r.tarif_alkes, r.tarif_bmhp, r.tarif_obat_kronis].map(num);
  if (billed === undefined || obat === undefined || alkes === undefined || bmhp === undefined || kronis === undefined) return undefined;
  const value = Math.log((obat + alkes + bmhp + LOG_COST_SMOOTHING) / (billed - obat - alkes - bmhp - kronis + LOG_COST_SMOOTHING));
  return Number.isFinite(value) ? value : undefined;
}

/** supportLogSql (peers.ts): laboratory, radiology, other support and equipment against the rest of the bill. */
function supportLogShare(r: ScreenRow): number | undefined {
  const [billed, ...parts] = [r.billed_cost, r.tarif_laboratorium, r.tarif_radiologi, r.tarif_penunjang, r.tarif_sewa_alat].map(num);
  if (billed === undefined || parts.some((p) => p === undefined)) return undefined;
  const s = (parts as number[]).reduce((a, b) => a + b, 0);
  const value = Math.log((s + LOG_COST_SMOOTHING) / (billed - s + LOG_COST_SMOOTHING));
  return Number.isFinite(value) ? value : undefined;
}

/** Reads the row of SEP `sep` from chunks of fraud_claim_base as they pass to the appender. */
export function claimBaseRowReader(sep: unknown): {
  readonly see: (chunk: DuckDBDataChunk, columns: readonly string[]) => void;
  readonly row: () => ScreenRow | undefined;
} {
  let row: ScreenRow | undefined;
  let seen = 0;
  return {
    see: (chunk, columns) => {
      const seps = chunk.getColumnValues(columns.indexOf('nomor_sep'));
      for (let i = 0; i < seps.length; i++) {
        if (seps[i] !== sep) continue;
        seen++;
        row = Object.fromEntries(
          SCREEN_COLUMNS.map((c) => [c, columns.includes(c) ? chunk.getColumnValues(columns.indexOf(c))[i] : undefined]),
        ) as ScreenRow;
      }
    },
    // a SEP on two rows is no claim the screen can read: let it through
    row: () => (seen === 1 ? row : undefined),
  };
}
