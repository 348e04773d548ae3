// The log-link GLM as a one-layer tfjs model, so its bundle has the same model.json +
// weights.bin as every other family. The manifest keeps the float64 coefficients, which
// scoring uses; the layer holds them in float32.
import type * as Tfjs from '@tensorflow/tfjs';
import { tf } from '../../tf/tfjs.js';
import type { LogLinkGlm } from './glm.js';

/** Design columns -> linear predictor without offset. */
export function glmLayersModel(glm: LogLinkGlm): Tfjs.LayersModel {
  const k = glm.coefficients.length;
  const model = tf.sequential({ name: 'poisson_glm', layers: [tf.layers.dense({ units: 1, inputShape: [k], name: 'linear_predictor' })] });
  const kernel = tf.tensor2d([...glm.coefficients], [k, 1]);
  const bias = tf.tensor1d([glm.intercept]);
  model.setWeights([kernel, bias]);
  tf.dispose([kernel, bias]);
  return model;
}
