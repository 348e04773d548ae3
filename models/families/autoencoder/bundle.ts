// The autoencoder in and out of a model bundle: network in model.json + weights.bin, the
// design preprocessing in the manifest.
import type { BundleContents, LoadedBundle } from '../../bundle/bundle-io.js';
import type { DataFingerprint } from '../../bundle/digest.js';
import type { Autoencoder, AutoencoderPreprocessing } from './train.js';

/** What saveBundle needs for an autoencoder. */
export function autoencoderBundleContents(autoencoder: Autoencoder, metrics: unknown, trainingData: DataFingerprint): BundleContents {
  return { family: 'autoencoder', model: autoencoder.model, featureSpec: autoencoder.spec, preprocessing: autoencoder.preprocessing, metrics, trainingData };
}

/** The autoencoder held by a loaded (verified) bundle. */
export function autoencoderFromBundle(loaded: LoadedBundle): Autoencoder {
  const pre = loaded.manifest.preprocessing as unknown as AutoencoderPreprocessing;
  if (loaded.manifest.family !== 'autoencoder' || pre?.kind !== 'autoencoder') throw new Error(`bundle ${loaded.dir} holds a ${loaded.manifest.family} model, not an autoencoder`);
  return { spec: loaded.manifest.featureSpec, model: loaded.model, preprocessing: pre };
}
