// The CANN's tfjs network (Schelldorfer and Wüthrich 2019): one-hot categorical inputs
// times an embedding matrix (a bias-free Dense layer: wasm has no UnsortedSegmentSum, so
// tf.layers.embedding cannot train there), concatenated with the scaled continuous
// inputs, tanh hidden layers, and a linear output whose weights and bias start at zero.
// The GLM's linear predictor (offset included) enters as its own input and is added to
// the output, so at initialisation the network's prediction IS the GLM's.
import * as tf from '@tensorflow/tfjs';
import type { DesignMatrix } from '../../spec/design-types.js';
import { createRng, seededGlorot } from '../../tf/seed.js';
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
  if (design.fitted.coding !== 'one-hot')
    throw new Error('the CANN network needs a one-hot coded design (buildDesign(..., { coding: "one-hot" }))');
  const directColumns: number[] = [];
  const embeddings: { term: string; start: number; width: number; dim: number }[] = [];
  design.fitted.terms.forEach((t, i) => {
    const cols = design.terms[i]!;
    if (t.kind === 'categorical' && cols.width > minLevels)
      embeddings.push({ term: t.name, start: cols.start, width: cols.width, dim: embeddingDim });
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

interface CannInputLayers {
  readonly direct: tf.SymbolicTensor;
  readonly oneHots: readonly tf.SymbolicTensor[];
  readonly glmEta: tf.SymbolicTensor;
}

function inputLayers(layout: CannLayout): CannInputLayers {
  return {
    direct: tf.input({ shape: [layout.directColumns.length], name: 'direct' }),
    oneHots: layout.embeddings.map((e) => tf.input({ shape: [e.width], name: `onehot_${e.term}` })),
    glmEta: tf.input({ shape: [1], name: 'glm_eta' }),
  };
}

/** One network's adjustment to the GLM's linear predictor; `prefix` keeps layer names apart in an ensemble. */
function adjustment(inputs: CannInputLayers, layout: CannLayout, rng: Rng, hidden: readonly number[], prefix: string): tf.SymbolicTensor {
  const embedded = layout.embeddings.map(
    (e, k) =>
      tf.layers
        .dense({ units: e.dim, useBias: false, kernelInitializer: seededGlorot(rng), name: `${prefix}embedding_${e.term}` })
        .apply(inputs.oneHots[k]!) as tf.SymbolicTensor,
  );
  let h: tf.SymbolicTensor =
    embedded.length > 0
      ? (tf.layers.concatenate({ name: `${prefix}features` }).apply([inputs.direct, ...embedded]) as tf.SymbolicTensor)
      : inputs.direct;
  hidden.forEach((units, i) => {
    h = tf.layers
      .dense({ units, activation: 'tanh', kernelInitializer: seededGlorot(rng), name: `${prefix}hidden_${i + 1}` })
      .apply(h) as tf.SymbolicTensor;
  });
  // Zero output weights and bias: the network adds nothing at the start, so training
  // starts from the GLM's maximum-likelihood fit and can only move away where it pays.
  return tf.layers
    .dense({ units: 1, kernelInitializer: 'zeros', biasInitializer: 'zeros', name: `${prefix}${CANN_OUTPUT_LAYER}` })
    .apply(h) as tf.SymbolicTensor;
}

function cannModel(inputs: CannInputLayers, adjustmentOut: tf.SymbolicTensor): tf.LayersModel {
  const eta = tf.layers.add({ name: 'skip_glm' }).apply([adjustmentOut, inputs.glmEta]) as tf.SymbolicTensor;
  return tf.model({ inputs: [inputs.direct, ...inputs.oneHots, inputs.glmEta], outputs: eta, name: 'cann' });
}

/** Build the CANN as a tfjs LayersModel: inputs [direct, ...embedded one-hots, glmEta], output eta = log expected count. */
export function buildCannNetwork(layout: CannLayout, rng: Rng, architecture: CannArchitecture = {}): tf.LayersModel {
  const inputs = inputLayers(layout);
  return cannModel(inputs, adjustment(inputs, layout, rng, architecture.hiddenUnits ?? CANN_HIDDEN_UNITS, ''));
}

/** Layers of a CANN network that hold weights, by name without the ensemble prefix. */
function weightedLayers(model: tf.LayersModel, prefix = ''): Map<string, tf.layers.Layer> {
  return new Map(model.layers.filter((l) => l.countParams() > 0 && l.name.startsWith(prefix)).map((l) => [l.name.slice(prefix.length), l]));
}

/**
 * The nagging predictor (Richman and Wüthrich 2020) as ONE network: the members' adjustments
 * averaged on the log scale, added to the same GLM skip connection. Averaging in log space
 * (a geometric mean of the members' predictions) keeps the model a single additive network,
 * so it is bundled, scored and explained like one member; the members' weights are copied in.
 */
export function buildCannEnsemble(
  layout: CannLayout,
  members: readonly tf.LayersModel[],
  architecture: CannArchitecture = {},
): tf.LayersModel {
  if (members.length === 1) return members[0]!;
  const inputs = inputLayers(layout);
  const hidden = architecture.hiddenUnits ?? CANN_HIDDEN_UNITS;
  // Initialisers are overwritten by the members' weights below; any seed does.
  const rng = createRng(0);
  const prefixes = members.map((_, k) => `member_${k + 1}_`);
  const outs = prefixes.map((prefix) => adjustment(inputs, layout, rng, hidden, prefix));
  const model = cannModel(inputs, tf.layers.average({ name: 'nagging_average' }).apply(outs) as tf.SymbolicTensor);
  members.forEach((member, k) => {
    const target = weightedLayers(model, prefixes[k]);
    for (const [name, layer] of weightedLayers(member)) {
      const into = target.get(name);
      if (!into) throw new Error(`CANN ensemble: member ${k + 1} has a layer ${name} the ensemble lacks (different architecture?)`);
      into.setWeights(layer.getWeights());
    }
  });
  return model;
}

/** Output layers whose bias moves the prediction: one per member (all move together). */
export function outputLayers(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.filter((l) => l.name.endsWith(CANN_OUTPUT_LAYER));
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
