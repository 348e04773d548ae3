// The classifier in and out of a model bundle: the network is model.json + weights.bin,
// the design preprocessing, calibration and baseline travel in the manifest.
import type { LoadedBundle } from '../../bundle/bundle-io.js';
import { networkBundleContents, networkFromBundle } from '../../bundle/network-model.js';
import type { Classifier, ClassifierPreprocessing } from './train.js';

/** What saveBundle needs for a classifier. */
export const classifierBundleContents = networkBundleContents<ClassifierPreprocessing>;

/** The classifier held by a loaded (verified) bundle. */
export function classifierFromBundle(loaded: LoadedBundle): Classifier {
  return networkFromBundle<ClassifierPreprocessing>(loaded, 'classifier', 'a classifier');
}
