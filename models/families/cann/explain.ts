// Explaining a CANN score in log space. The network's output is eta = GLM eta (offset
// included) + network adjustment, so each part is explained by the method that fits it:
// the GLM's terms exactly against its reference member (same exposure), the adjustment by
// integrated gradients over the direct and one-hot inputs against the typical learning-set
// member. Per source feature the two parts add; so do the outputs, baselines and tolerances.
import * as tf from '@tensorflow/tfjs';
import { takeRows } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { columnTerms, rowFeatureValues } from '../../explain/feature-values.js';
import { explainNetwork } from '../../explain/integrated-gradients.js';
import type { IntegratedGradientsOptions, LinkFunction } from '../../explain/integrated-gradients.js';
import { checkCompleteness } from '../../explain/types.js';
import type { Explanation, ExplanationPart, FeatureContribution, FeatureValue } from '../../explain/types.js';
import type { DesignMatrix } from '../../spec/design-types.js';
import { glmExplanation } from '../poisson/explain.js';
import { cannDesigns } from './model.js';
import type { Cann } from './model.js';

export const CANN_GLM_PART = 'GLM skip connection';
export const CANN_NETWORK_PART = 'network adjustment';

/** Design columns in the order IG sees them: direct inputs, then each embedded term's one-hots. */
export function cannColumnOrder(cann: Cann): number[] {
  const { layout } = cann.preprocessing;
  const out = [...layout.directColumns];
  for (const e of layout.embeddings) for (let j = 0; j < e.width; j++) out.push(e.start + j);
  return out;
}

/**
 * The adjustment as a function of the concatenated [direct, one-hots] columns: the model
 * with its glm_eta input at 0. The skip connection is a plain add, so this is exactly the
 * network's share of eta and its gradient does not depend on the GLM.
 */
export function adjustmentFunction(cann: Cann): LinkFunction {
  const { layout } = cann.preprocessing;
  const widths = [layout.directColumns.length, ...layout.embeddings.map((e) => e.width)];
  return (z) => {
    const rows = z.shape[0];
    let from = 0;
    const inputs = widths.map((w) => {
      const slice = tf.slice(z, [0, from], [rows, w]);
      from += w;
      return slice;
    });
    return cann.model.apply([...inputs, tf.zeros([rows, 1])]) as tf.Tensor;
  };
}

/** Integrated gradients of the adjustment for design row 0 of `design` (table row 0 of `table`). */
function networkPart(cann: Cann, design: DesignMatrix, table: DataTable, options?: IntegratedGradientsOptions): ExplanationPart {
  const { network, baseline } = cann.preprocessing;
  const order = cannColumnOrder(cann);
  const terms = columnTerms(design);
  const values = rowFeatureValues(table, 0, network);
  const explanation = explainNetwork({
    family: 'cann',
    space: 'log',
    f: adjustmentFunction(cann),
    input: Float32Array.from(order, (j) => design.x[j] as number),
    baselineRow: Float32Array.from(order, (j) => baseline.row[j] as number),
    columnFeature: order.map((j) => terms[j] as string),
    features: network.terms.map((t, k) => ({ name: t.name, value: values[k] ?? null, baselineValue: baseline.values[k] ?? null })),
    baseline: baseline.description,
    ...(options ? { options } : {}),
  });
  return { ...explanation, part: CANN_NETWORK_PART };
}

function sameValue(a: FeatureValue, b: FeatureValue): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
}

function formatValue(v: FeatureValue): string {
  return typeof v === 'number' ? String(Number(v.toPrecision(6))) : String(v);
}

/**
 * Per-feature sums of the parts, network features first (the bundle's spec order), then
 * features only the GLM uses. Where the parts' baselines disagree on a feature's value
 * (a GLM reference level vs the network's modal level, a GLM centre vs a mean), the
 * baseline value says both rather than pretend there is one.
 */
function combine(glm: ExplanationPart, net: ExplanationPart): FeatureContribution[] {
  const byName = new Map<string, { glm?: FeatureContribution; net?: FeatureContribution }>();
  for (const c of net.contributions) byName.set(c.feature, { net: c });
  for (const c of glm.contributions) byName.set(c.feature, { ...byName.get(c.feature), glm: c });
  return [...byName.entries()].map(([feature, p]) => {
    const g = p.glm;
    const n = p.net;
    const baselineValue =
      g && n && !sameValue(g.baselineValue, n.baselineValue)
        ? `GLM ${formatValue(g.baselineValue)}; network ${formatValue(n.baselineValue)}`
        : ((g ?? n)?.baselineValue ?? null);
    return { feature, contribution: (g?.contribution ?? 0) + (n?.contribution ?? 0), value: (n ?? g)?.value ?? null, baselineValue };
  });
}

/**
 * Explain the CANN's eta for `row` of `table`. The GLM part reproduces glmContributions
 * exactly; the network part is integrated gradients with completeness checked at the IG
 * tolerance on the adjustment's own change. The total's tolerance is the sum of the two:
 * the discretisation error of the integral is the only approximate part.
 */
export function explainCann(cann: Cann, table: DataTable, row: number, options?: IntegratedGradientsOptions): Explanation {
  const one = takeRows(table, [row]);
  const designs = cannDesigns(cann, one);
  const glmPart: ExplanationPart = {
    ...glmExplanation(cann.preprocessing.glm, designs.glm, one, 0, 0, designs.offset[0] as number),
    part: CANN_GLM_PART,
  };
  const netPart = networkPart(cann, designs.network, one, options);
  const contributions = combine(glmPart, netPart);
  const output = glmPart.output + netPart.output;
  const baselineOutput = glmPart.baselineOutput + netPart.baselineOutput;
  const tolerance = glmPart.completeness.tolerance + netPart.completeness.tolerance;
  return {
    family: 'cann',
    method: 'exact-plus-integrated-gradients',
    space: 'log',
    output,
    baselineOutput,
    baseline: `${CANN_GLM_PART}: ${glmPart.baseline}; ${CANN_NETWORK_PART}: ${netPart.baseline}`,
    contributions,
    completeness: checkCompleteness(contributions, output, baselineOutput, tolerance),
    ...(netPart.integration ? { integration: netPart.integration } : {}),
    parts: [glmPart, netPart],
  };
}
