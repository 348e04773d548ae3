// The CANN's tfjs network (Schelldorfer and Wüthrich 2019): one-hot categorical inputs
// times an embedding matrix (a bias-free Dense layer: wasm has no UnsortedSegmentSum, so
// tf.layers.embedding cannot train there), concatenated with the scaled continuous
// inputs, tanh hidden layers, and a linear output whose weights and bias start at zero.
// The GLM's linear predictor (offset included) enters as its own input and is added to
// the output, so at initialisation the network's prediction IS the GLM's.
import * as tf from '@tensorflow/tfjs';
import type { DesignMatrix } from '../../spec/design-types.js';
import { seededGlorot } from '../../tf/seed.js';
import type { Rng } from '../../tf/seed.js';

/** Hidden layer widths of CANN1 in Schelldorfer and Wüthrich (2019). */
export const CANN_HIDDEN_UNITS: readonly number[] = Object.freeze([20, 15, 10]);
/** Embedding dimension for categorical terms (d = 2 in the papers). */
export const CANN_EMBEDDING_DIM = 2;
/** A categorical term with more one-hot columns than this gets an embedding; smaller ones feed the net directly. */
export const CANN_EMBEDDING_MIN_LEVELS = 3;
/** Name of the output layer, whose bias the balance correction moves. */
export const CANN_OUTPUT_LAYER = 'cann_output';

/** Which design columns feed which network input. */
export interface CannLayout {
  /** Columns fed straight to the hidden layers (scaled continuous terms, small one-hots). */
  readonly directColumns: readonly number[];
  /** One embedded categorical term per entry: its one-hot columns in the design. */
  readonly embeddings: readonly { readonly term: string; readonly start: number; readonly width: number; readonly dim: number }[];
}

/** Split a one-hot coded network design into direct inputs and embedded terms. */
export function cannLayout(design: DesignMatrix, embeddingDim = CANN_EMBEDDING_DIM, minLevels = CANN_EMBEDDING_MIN_LEVELS): CannLayout {
  if (design.fitted.coding !== 'one-hot') throw new Error('the CANN network needs a one-hot coded design (buildDesign(..., { coding: "one-hot" }))');
  const directColumns: number[] = [];
  const embeddings: { term: string; start: number; width: number; dim: number }[] = [];
  design.fitted.terms.forEach((t, i) => {
    const cols = design.terms[i]!;
    if (t.kind === 'categorical' && cols.width > minLevels) embeddings.push({ term: t.name, start: cols.start, width: cols.width, dim: embeddingDim });
    else for (let j = 0; j < cols.width; j++) directColumns.push(cols.start + j);
  });
  return { directColumns, embeddings };
}

/** The network's inputs, row-major float32: direct, one per embedding, then the GLM offset. */
export interface CannInputs {
  readonly rows: number;
  readonly direct: Float32Array;
  readonly embedded: readonly Float32Array[];
  /** GLM linear predictor incl. log exposure: log of the GLM's expected count. */
  readonly glmEta: Float32Array;
}

/** Pack a design and the GLM's linear predictor into network inputs. */
export function cannInputs(design: DesignMatrix, layout: CannLayout, glmEta: Float64Array): CannInputs {
  const n = design.nRows;
  const { nCols, x } = design;
  const dw = layout.directColumns.length;
  const direct = new Float32Array(n * dw);
  const embedded = layout.embeddings.map((e) => new Float32Array(n * e.width));
  for (let r = 0; r < n; r++) {
    const base = r * nCols;
    for (let j = 0; j < dw; j++) direct[r * dw + j] = x[base + layout.directColumns[j]!]!;
    layout.embeddings.forEach((e, k) => {
      embedded[k]!.set(x.subarray(base + e.start, base + e.start + e.width), r * e.width);
    });
  }
  return { rows: n, direct, embedded, glmEta: Float32Array.from(glmEta) };
}

export interface CannArchitecture {
  readonly hiddenUnits?: readonly number[];
}

/** Build the CANN as a tfjs LayersModel: inputs [direct, ...embedded one-hots, glmEta], output eta = log expected count. */
export function buildCannNetwork(layout: CannLayout, rng: Rng, architecture: CannArchitecture = {}): tf.LayersModel {
  const hidden = architecture.hiddenUnits ?? CANN_HIDDEN_UNITS;
  const direct = tf.input({ shape: [layout.directColumns.length], name: 'direct' });
  const oneHots = layout.embeddings.map((e) => tf.input({ shape: [e.width], name: `onehot_${e.term}` }));
  const glmEta = tf.input({ shape: [1], name: 'glm_eta' });
  const embedded = layout.embeddings.map(
    (e, k) =>
      tf.layers
        .dense({ units: e.dim, useBias: false, kernelInitializer: seededGlorot(rng), name: `embedding_${e.term}` })
        .apply(oneHots[k]!) as tf.SymbolicTensor,
  );
  let h: tf.SymbolicTensor = embedded.length > 0 ? (tf.layers.concatenate({ name: 'features' }).apply([direct, ...embedded]) as tf.SymbolicTensor) : direct;
  hidden.forEach((units, i) => {
    h = tf.layers.dense({ units, activation: 'tanh', kernelInitializer: seededGlorot(rng), name: `hidden_${i + 1}` }).apply(h) as tf.SymbolicTensor;
  });
  // Zero output weights and bias: the network adds nothing at the start, so training
  // starts from the GLM's maximum-likelihood fit and can only move away where it pays.
  const adjustment = tf.layers
    .dense({ units: 1, kernelInitializer: 'zeros', biasInitializer: 'zeros', name: CANN_OUTPUT_LAYER })
    .apply(h) as tf.SymbolicTensor;
  const eta = tf.layers.add({ name: 'skip_glm' }).apply([adjustment, glmEta]) as tf.SymbolicTensor;
  return tf.model({ inputs: [direct, ...oneHots, glmEta], outputs: eta, name: 'cann' });
}

/** Input tensors for rows `order[from..to)` of `inputs` (all rows when order is absent). */
export function inputTensors(inputs: CannInputs, layout: CannLayout, order?: Int32Array, from = 0, to = inputs.rows): tf.Tensor2D[] {
  const n = to - from;
  const gather = (src: Float32Array, width: number): tf.Tensor2D => {
    if (!order) return tf.tensor2d(src.subarray(from * width, to * width), [n, width]);
    const out = new Float32Array(n * width);
    for (let i = 0; i < n; i++) {
      const r = order[from + i]!;
      out.set(src.subarray(r * width, (r + 1) * width), i * width);
    }
    return tf.tensor2d(out, [n, width]);
  };
  return [
    gather(inputs.direct, layout.directColumns.length),
    ...layout.embeddings.map((e, k) => gather(inputs.embedded[k]!, e.width)),
    gather(inputs.glmEta, 1),
  ];
}
