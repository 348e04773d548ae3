// The autoencoder network: a funnel of tanh layers to a narrow code and back to a linear
// reconstruction of the standardised design row. tanh (not ReLU) keeps a small code
// layer from dying and makes the reconstruction smooth in the input.
import * as tf from '@tensorflow/tfjs';
import { seededGlorot } from '../../tf/seed.js';
import type { Rng } from '../../tf/seed.js';

/** Encoder widths; the decoder mirrors them. The last is the code (bottleneck). */
export const DEFAULT_ENCODER_UNITS: readonly number[] = Object.freeze([8, 3]);

export function buildAutoencoder(inputs: number, encoder: readonly number[], rng: Rng): tf.LayersModel {
  const model = tf.sequential({ name: 'autoencoder' });
  const widths = [...encoder, ...encoder.slice(0, -1).reverse()];
  widths.forEach((units, k) => {
    model.add(
      tf.layers.dense({
        units,
        activation: 'tanh',
        kernelInitializer: seededGlorot(rng),
        name: k < encoder.length ? `encode_${k + 1}` : `decode_${k - encoder.length + 1}`,
        ...(k === 0 ? { inputShape: [inputs] } : {}),
      }),
    );
  });
  model.add(tf.layers.dense({ units: inputs, kernelInitializer: seededGlorot(rng), name: 'reconstruction' }));
  return model;
}

/** Mean squared reconstruction error per row. */
export function reconstructionLoss(yTrue: tf.Tensor2D, yPred: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.squaredDifference(yTrue, yPred), 1) as tf.Tensor1D);
}
