// The scorecard's logistic regression as a one-layer tfjs model on the WoE columns, so a
// scorecard bundle has the same model.json + weights.bin as every other family and any
// tfjs runtime can compute its probability of default. The binning travels in the
// manifest as fitted preprocessing; the coefficients live in weights.bin only.
import * as tf from '@tensorflow/tfjs';
import type { LoadedBundle } from '../../bundle/bundle-io.js';
import type { DataTable } from '../../data/table.js';
import { binWoe } from './binning-types.js';
import type { CharacteristicBinning } from './binning-types.js';
import type { ScoreBand } from './bands.js';
import { pointsFactor, pointsOffset } from './scorecard.js';
import type { PointsScaling, Scorecard } from './scorecard.js';
import { applicantReader, buildCharacteristic } from './train.js';

/** What the manifest carries for a scorecard: everything but the coefficients. */
export interface ScorecardPreprocessing {
  readonly kind: 'scorecard';
  readonly specName: string;
  readonly scaling: PointsScaling;
  readonly minObservedCharacteristics: number;
  readonly binnings: readonly CharacteristicBinning[];
  /** Risk bands by score, best first (absent in bundles made before bands; the last bound, -Infinity, is stored as null). */
  readonly bands?: readonly ScoreBand[];
}

export function scorecardPreprocessing(card: Scorecard, bands?: readonly ScoreBand[]): ScorecardPreprocessing {
  return {
    kind: 'scorecard',
    ...(bands ? { bands } : {}),
    specName: card.specName,
    scaling: card.scaling,
    minObservedCharacteristics: card.minObservedCharacteristics,
    binnings: card.characteristics.map((c) => c.binning),
  };
}

/** Dense(1, sigmoid) over the WoE columns, holding the scorecard's coefficients. */
export function scorecardLayersModel(card: Scorecard): tf.LayersModel {
  const k = card.characteristics.length;
  const model = tf.sequential({
    name: 'scorecard',
    layers: [tf.layers.dense({ units: 1, inputShape: [k], activation: 'sigmoid', name: 'woe_logit' })],
  });
  const kernel = tf.tensor2d(
    card.characteristics.map((c) => c.coefficient),
    [k, 1],
  );
  const bias = tf.tensor1d([card.intercept]);
  model.setWeights([kernel, bias]);
  tf.dispose([kernel, bias]);
  return model;
}

/** Rebuild the scorecard from its manifest preprocessing and its loaded tfjs model. */
export function scorecardFromModel(pre: ScorecardPreprocessing, model: tf.LayersModel): Scorecard {
  const [kernel, bias] = model.getWeights();
  if (!kernel || !bias) throw new Error('scorecard model: expected a kernel and a bias');
  const coefficients = Array.from(kernel.dataSync());
  const intercept = bias.dataSync()[0] as number;
  if (coefficients.length !== pre.binnings.length) {
    throw new Error(`scorecard model has ${coefficients.length} coefficients, the manifest ${pre.binnings.length} characteristics`);
  }
  const factor = pointsFactor(pre.scaling);
  return {
    family: 'scorecard',
    specName: pre.specName,
    scaling: pre.scaling,
    intercept,
    basePoints: pointsOffset(pre.scaling) - factor * intercept,
    characteristics: pre.binnings.map((b, j) => buildCharacteristic(b, coefficients[j] as number, factor)),
    minObservedCharacteristics: pre.minObservedCharacteristics,
  };
}

/** Row-major WoE matrix (rows x characteristics) for the tfjs model. */
export function woeMatrix(binnings: readonly CharacteristicBinning[], table: DataTable, rows: ArrayLike<number>): Float32Array {
  const k = binnings.length;
  const names = binnings.map((b) => b.characteristic);
  const out = new Float32Array(rows.length * k);
  const read = applicantReader(table, names);
  for (let i = 0; i < rows.length; i++) {
    const row = read(rows[i] as number);
    binnings.forEach((b, j) => {
      out[i * k + j] = binWoe(b, row[b.characteristic] ?? null);
    });
  }
  return out;
}

/** The scorecard held by a loaded (verified) bundle. */
export function scorecardFromBundle(loaded: LoadedBundle): Scorecard {
  const pre = loaded.manifest.preprocessing as unknown as ScorecardPreprocessing;
  if (loaded.manifest.family !== 'scorecard' || pre?.kind !== 'scorecard')
    throw new Error(`bundle ${loaded.dir} holds a ${loaded.manifest.family} model, not a scorecard`);
  return scorecardFromModel(pre, loaded.model);
}
