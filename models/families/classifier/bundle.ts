// The classifier in and out of a model bundle: the network is model.json + weights.bin,
// the design preprocessing, calibration and baseline travel in the manifest.
import type { BundleContents, LoadedBundle } from '../../bundle/bundle-io.js';
import type { DataFingerprint } from '../../bundle/digest.js';
import type { Classifier, ClassifierPreprocessing } from './train.js';

/** What saveBundle needs for a classifier. */
export function classifierBundleContents(classifier: Classifier, metrics: unknown, trainingData: DataFingerprint): BundleContents {
  return { family: 'classifier', model: classifier.model, featureSpec: classifier.spec, preprocessing: classifier.preprocessing, metrics, trainingData };
}

/** The classifier held by a loaded (verified) bundle. */
export function classifierFromBundle(loaded: LoadedBundle): Classifier {
  const pre = loaded.manifest.preprocessing as unknown as ClassifierPreprocessing;
  if (loaded.manifest.family !== 'classifier' || pre?.kind !== 'classifier') throw new Error(`bundle ${loaded.dir} holds a ${loaded.manifest.family} model, not a classifier`);
  return { spec: loaded.manifest.featureSpec, model: loaded.model, preprocessing: pre };
}
