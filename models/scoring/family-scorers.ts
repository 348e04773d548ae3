// A loaded bundle as a BundleScorer, per family: the scorecard (points, PD, band, reasons
// as points lost; the credit product's own card with its clamped score, bands and thin-file
// rule), the classifier (calibrated PD, integrated-gradients reasons) and the Poisson GLM
// (expected claims, exact log-rate reasons). Rows that cannot be scored get a reason.
import { THIN_FILE_MIN_MONTHS } from '../../features/credit/registry.js';
import type { LoadedBundle } from '../bundle/bundle-io.js';
import { CREDIT_SCORECARD_SPEC, scoreWithScorecard } from '../credit/champion.js';
import { CREDIT_CHALLENGER_SPEC, challengerTable, scoreWithChallenger } from '../credit/challenger.js';
import { sequenceColumns } from '../../features/credit/features-sql.js';
import { takeRows, textValue } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import { classifierFromBundle } from '../families/classifier/bundle.js';
import { explainClassifier, predictClassifier } from '../families/classifier/train.js';
import { glmExplanation } from '../families/poisson/explain.js';
import { predictPoissonGlm } from '../families/poisson/glm.js';
import type { LogLinkGlm } from '../families/poisson/glm.js';
import { bandOfScore } from '../families/scorecard/bands.js';
import { scoreApplicant } from '../families/scorecard/scorecard.js';
import { scorecardFromBundle } from '../families/scorecard/tfjs-model.js';
import type { ScorecardPreprocessing } from '../families/scorecard/tfjs-model.js';
import { applicantReader } from '../families/scorecard/train.js';
import { buildDesign, designRowProblems, extractResponse } from '../spec/design.js';
import type { FittedPreprocessing } from '../spec/design-types.js';
import type { FeatureSpec } from '../spec/types.js';
import { pointsSentence, reasonCode, reasonsFromExplanation } from './reasons.js';
import { NOT_SCORED } from './types.js';
import type { BundleScorer, NotScored, NotScoredCode, ScoreOptions, ScoredRow } from './types.js';

/** Families `score` and the models API can serve. */
export const SCORABLE_FAMILIES = Object.freeze(['scorecard', 'classifier', 'poisson'] as const);

/** A family this code cannot score from a bundle; names the family and what can. */
export class UnscorableFamilyError extends Error {
  constructor(readonly family: string) {
    super(`bundles of family ${family} cannot be scored here (scorable: ${SCORABLE_FAMILIES.join(', ')})`);
    this.name = 'UnscorableFamilyError';
  }
}

const PROGRESS_EVERY = 1000;

function scoringSpecOf(spec: FeatureSpec, extra: readonly string[] = []): FeatureSpec {
  // Only what a scoring table has: no target, weight or split (exposure stays for the GLM).
  const { target: _t, weight: _w, split: _s, targetCap: _c, ...rest } = spec;
  void [_t, _w, _s, _c];
  const known = new Set(rest.features.map((f) => f.column));
  const more = extra.filter((c) => !known.has(c)).map((column) => ({ kind: 'numeric' as const, column }));
  return { ...rest, features: [...rest.features, ...more] };
}

function ids(spec: FeatureSpec, table: DataTable): (row: number) => string | null {
  const col = spec.id ? table.columns.get(spec.id) : undefined;
  return (row) => (col ? textValue(col, row) : null);
}

function refused(row: number, id: string | null, code: NotScoredCode, reason: string): ScoredRow {
  return {
    row,
    id,
    notScored: { code, reason },
    score: null,
    probabilityOfDefault: null,
    band: null,
    prediction: null,
    reasons: [],
    explanation: null,
  };
}

function absentReason(absent: readonly string[]): NotScored {
  return {
    code: 'MISSING_COLUMN',
    reason: `${absent.length === 1 ? 'column' : 'columns'} ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not in the table (${NOT_SCORED.MISSING_COLUMN})`,
  };
}

/** Score what can be scored; rows with a reason are refused with it. */
function withRefusals(
  table: DataTable,
  spec: FeatureSpec,
  absent: readonly string[],
  problems: (row: number) => NotScored | null,
  scoreRows: (rows: Int32Array) => Omit<ScoredRow, 'row' | 'id'>[],
): ScoredRow[] {
  const id = ids(spec, table);
  if (absent.length > 0) {
    const why = absentReason(absent);
    return Array.from({ length: table.nRows }, (_, r) => refused(r, id(r), why.code, why.reason));
  }
  const out: ScoredRow[] = new Array<ScoredRow>(table.nRows);
  const ok: number[] = [];
  for (let r = 0; r < table.nRows; r++) {
    const p = problems(r);
    if (p) out[r] = refused(r, id(r), p.code, p.reason);
    else ok.push(r);
  }
  const rows = Int32Array.from(ok);
  const scored = scoreRows(rows);
  rows.forEach((r, i) => {
    out[r] = { ...(scored[i] as Omit<ScoredRow, 'row' | 'id'>), row: r, id: id(r) };
  });
  return out;
}

function designProblems(table: DataTable, fitted: FittedPreprocessing): (row: number) => NotScored | null {
  const problems = designRowProblems(table, fitted);
  return (r) => (problems[r] ? { code: 'MISSING_VALUE', reason: problems[r] as string } : null);
}

function scorecardScorer(loaded: LoadedBundle): BundleScorer {
  const card = scorecardFromBundle(loaded);
  const spec = loaded.manifest.featureSpec;
  const pre = loaded.manifest.preprocessing as unknown as ScorecardPreprocessing;
  const names = card.characteristics.map((c) => c.binning.characteristic);
  // The credit product's own card scores as the credit API does: clamped score, its bands, its thin-file rule.
  const credit = spec.name === CREDIT_SCORECARD_SPEC.name;
  const readColumns = credit ? [...names, 'ledger_months'] : names;
  const best = new Map(
    card.characteristics.map((c) => [c.binning.characteristic, c.binning.bins[c.points.indexOf(c.maxPoints)]?.label ?? null]),
  );
  return {
    family: 'scorecard',
    version: loaded.manifest.version,
    spec,
    scoringSpec: scoringSpecOf(spec, credit ? ['ledger_months'] : []),
    requiredColumns: readColumns,
    dispose: () => loaded.model.dispose(),
    scoreTable(table, absent, options: ScoreOptions = {}) {
      return withRefusals(
        table,
        spec,
        absent,
        () => null,
        (rows) => {
          const read = applicantReader(table, readColumns);
          return Array.from(rows, (r, i) => {
            if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, rows.length);
            const row = read(r);
            if (credit) {
              const s = scoreWithScorecard(card, row);
              const points = s.thinFile ? null : scoreApplicant(card, row);
              if (s.thinFile)
                return refused(
                  r,
                  null,
                  'THIN_FILE',
                  `${s.reasons[0]?.sentence.en ?? NOT_SCORED.THIN_FILE} (fewer than ${THIN_FILE_MIN_MONTHS} months)`,
                );
              return {
                notScored: null,
                score: s.score,
                probabilityOfDefault: s.probabilityOfDefault,
                band: s.band,
                prediction: s.probabilityOfDefault,
                reasons: s.reasons.map((x) => ({
                  rank: x.rank,
                  code: x.code,
                  feature: x.characteristic,
                  sentence: x.sentence,
                  effect: x.pointsLost,
                })),
                explanation: options.explain === false ? null : (points?.explanation ?? null),
              };
            }
            const s = scoreApplicant(card, row);
            if (s.thinFile || s.score === null || s.probabilityOfDefault === null) {
              const observed = names.filter((n) => row[n] !== null && row[n] !== undefined).length;
              return refused(
                r,
                null,
                'THIN_FILE',
                `only ${observed} of ${names.length} characteristics observed; the model needs at least ${card.minObservedCharacteristics}`,
              );
            }
            return {
              notScored: null,
              score: s.score,
              probabilityOfDefault: s.probabilityOfDefault,
              band: pre.bands ? bandOfScore(pre.bands, s.score) : null,
              prediction: s.probabilityOfDefault,
              reasons: s.reasons.map((x) => ({
                rank: x.rank,
                code: reasonCode(spec, x.characteristic, 'SC'),
                feature: x.characteristic,
                sentence: pointsSentence(x.characteristic, x.value, x.bin, x.pointsLost, best.get(x.characteristic) ?? null),
                effect: x.pointsLost,
              })),
              explanation: options.explain === false ? null : s.explanation,
            };
          });
        },
      );
    },
  };
}

/** The credit product's challenger reads raw member features and prepares them itself (models/credit/challenger.ts). */
function creditChallengerScorer(loaded: LoadedBundle): BundleScorer {
  const classifier = classifierFromBundle(loaded);
  const spec = classifier.spec;
  const sequence = sequenceColumns();
  const statics = spec.features.map((f) => f.column).filter((c) => !sequence.some((s) => c.startsWith(s)));
  const raw = [...new Set(['ledger_months', ...statics, ...sequence])];
  const numeric = new Set([...sequence, 'ledger_months', ...spec.features.filter((f) => f.kind === 'numeric').map((f) => f.column)]);
  const scoringSpec: FeatureSpec = {
    name: spec.name,
    ...(spec.id ? { id: spec.id } : {}),
    features: raw.map((column) => (numeric.has(column) ? { kind: 'numeric' as const, column } : { kind: 'categorical' as const, column })),
  };
  return {
    family: 'classifier',
    version: loaded.manifest.version,
    spec,
    scoringSpec,
    requiredColumns: raw,
    dispose: () => loaded.model.dispose(),
    scoreTable(table, absent, options: ScoreOptions = {}) {
      return withRefusals(
        table,
        spec,
        absent,
        () => null,
        (rows) => {
          const ready = challengerTable(table);
          return Array.from(rows, (r, i) => {
            if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, rows.length);
            const s = scoreWithChallenger(classifier, ready, r);
            if (s.thinFile) return refused(r, null, 'THIN_FILE', s.reasons[0]?.sentence.en ?? NOT_SCORED.THIN_FILE);
            return {
              notScored: null,
              score: s.score,
              probabilityOfDefault: s.probabilityOfDefault,
              band: s.band,
              prediction: s.probabilityOfDefault,
              reasons: s.reasons.map((x) => ({
                rank: x.rank,
                code: x.code,
                feature: x.characteristic,
                sentence: x.sentence,
                effect: x.pointsLost,
              })),
              explanation: options.explain === false ? null : explainClassifier(classifier, ready, r),
            };
          });
        },
      );
    },
  };
}

function classifierScorer(loaded: LoadedBundle): BundleScorer {
  const classifier = classifierFromBundle(loaded);
  const spec = classifier.spec;
  if (spec.name === CREDIT_CHALLENGER_SPEC.name) return creditChallengerScorer(loaded);
  return {
    family: 'classifier',
    version: loaded.manifest.version,
    spec,
    scoringSpec: scoringSpecOf(spec),
    requiredColumns: spec.features.map((f) => f.column),
    dispose: () => loaded.model.dispose(),
    scoreTable(table, absent, options: ScoreOptions = {}) {
      return withRefusals(
        table,
        spec,
        absent,
        absent.length ? () => null : designProblems(table, classifier.preprocessing.design),
        (rows) => {
          const p = predictClassifier(classifier, table, rows).probability;
          return Array.from(rows, (r, i) => {
            if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, rows.length);
            const e = options.explain === false ? null : explainClassifier(classifier, table, r);
            const pd = p[i] as number;
            return {
              notScored: null,
              score: null,
              probabilityOfDefault: pd,
              band: null,
              prediction: pd,
              reasons: e ? reasonsFromExplanation(spec, e, 'CL') : [],
              explanation: e,
            };
          });
        },
      );
    },
  };
}

function poissonScorer(loaded: LoadedBundle): BundleScorer {
  const spec = loaded.manifest.featureSpec;
  const glm = (loaded.manifest.preprocessing as unknown as { kind: string; glm: LogLinkGlm }).glm;
  return {
    family: 'poisson',
    version: loaded.manifest.version,
    spec,
    scoringSpec: scoringSpecOf(spec),
    requiredColumns: [...spec.features.map((f) => f.column), ...(spec.exposure ? [spec.exposure] : [])],
    dispose: () => loaded.model.dispose(),
    scoreTable(table, absent, options: ScoreOptions = {}) {
      const exposure = absent.length || !spec.exposure ? undefined : extractResponse(table, scoringSpecOf(spec)).exposure;
      const design = absent.length ? () => null : designProblems(table, glm.preprocessing);
      const problems = (r: number): NotScored | null => {
        if (exposure && !((exposure[r] as number) > 0))
          return { code: 'NO_EXPOSURE', reason: `${spec.exposure as string} is ${String(exposure[r])}: ${NOT_SCORED.NO_EXPOSURE}` };
        return design(r);
      };
      return withRefusals(table, spec, absent, problems, (rows) => {
        const subset = takeRows(table, rows);
        const d = buildDesign(subset, spec, glm.preprocessing);
        const e = exposure ? Float64Array.from(rows, (r) => exposure[r] as number) : undefined;
        const mu = predictPoissonGlm(glm, d, e);
        return Array.from(rows, (_r, i) => {
          if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, rows.length);
          const x = options.explain === false ? null : glmExplanation(glm, d, subset, i, i, e ? Math.log(e[i] as number) : 0);
          return {
            notScored: null,
            score: null,
            probabilityOfDefault: null,
            band: null,
            prediction: mu[i] as number,
            reasons: x ? reasonsFromExplanation(spec, x, 'PO') : [],
            explanation: x,
          };
        });
      });
    },
  };
}

/** The scorer of a loaded (verified) bundle; a family this code cannot score is refused by name. */
export function bundleScorer(loaded: LoadedBundle): BundleScorer {
  switch (loaded.manifest.family) {
    case 'scorecard':
      return scorecardScorer(loaded);
    case 'classifier':
      return classifierScorer(loaded);
    case 'poisson':
      return poissonScorer(loaded);
    default:
      throw new UnscorableFamilyError(loaded.manifest.family);
  }
}
