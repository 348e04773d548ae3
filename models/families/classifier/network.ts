// The classifier network: ReLU layers to one linear output, the logit. The sigmoid stays
// outside the model so integrated gradients explain the logit (the link space) and the
// loss is computed stably from logits.
import * as tf from '@tensorflow/tfjs';
import { seededGlorot, seededHe } from '../../tf/seed.js';
import type { Rng } from '../../tf/seed.js';

/** Two small layers: enough for interactions in tabular fraud features, quick on 2 cores. */
export const DEFAULT_HIDDEN_UNITS: readonly number[] = Object.freeze([16, 8]);
export const LOGIT_LAYER = 'logit';

export function buildClassifierNetwork(inputs: number, hidden: readonly number[], rng: Rng): tf.LayersModel {
  const model = tf.sequential({ name: 'classifier' });
  hidden.forEach((units, k) => {
    model.add(
      tf.layers.dense({
        units,
        activation: 'relu',
        kernelInitializer: seededHe(rng),
        name: `hidden_${k + 1}`,
        ...(k === 0 ? { inputShape: [inputs] } : {}),
      }),
    );
  });
  model.add(
    tf.layers.dense({
      units: 1,
      kernelInitializer: seededGlorot(rng),
      name: LOGIT_LAYER,
      ...(hidden.length === 0 ? { inputShape: [inputs] } : {}),
    }),
  );
  return model;
}

/** Binary cross-entropy per row from logits: max(z,0) - z y + log(1 + exp(-|z|)), stable for any z. */
export function logitCrossEntropy(yTrue: tf.Tensor2D, logits: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const z = logits;
    const loss = tf.add(tf.sub(tf.relu(z), tf.mul(z, yTrue)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
    return tf.reshape(loss, [-1]) as tf.Tensor1D;
  });
}
