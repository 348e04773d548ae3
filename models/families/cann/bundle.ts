// The CANN in and out of a model bundle: the network is model.json + weights.bin; its
// design preprocessing and layout, the GLM skip connection (float64 coefficients, spec
// and preprocessing) and the explanation baseline travel in the manifest.
import type { BundleContents, LoadedBundle } from '../../bundle/bundle-io.js';
import type { DataFingerprint } from '../../bundle/digest.js';
import type { Cann, CannPreprocessing } from './model.js';

/** What saveBundle needs for a CANN. */
export function cannBundleContents(cann: Cann, metrics: unknown, trainingData: DataFingerprint): BundleContents {
  return { family: 'cann', model: cann.model, featureSpec: cann.spec, preprocessing: cann.preprocessing, metrics, trainingData };
}

/** The CANN held by a loaded (verified) bundle. */
export function cannFromBundle(loaded: LoadedBundle): Cann {
  const pre = loaded.manifest.preprocessing as unknown as CannPreprocessing;
  if (loaded.manifest.family !== 'cann' || pre?.kind !== 'cann') throw new Error(`bundle ${loaded.dir} holds a ${loaded.manifest.family} model, not a CANN`);
  return { spec: loaded.manifest.featureSpec, model: loaded.model, preprocessing: pre };
}
