// The autoencoder in and out of a model bundle: network in model.json + weights.bin, the
// design preprocessing in the manifest.
import type { LoadedBundle } from '../../bundle/bundle-io.js';
import { networkBundleContents, networkFromBundle } from '../../bundle/network-model.js';
import type { Autoencoder, AutoencoderPreprocessing } from './train.js';

/** What saveBundle needs for an autoencoder. */
export const autoencoderBundleContents = networkBundleContents<AutoencoderPreprocessing>;

/** The autoencoder held by a loaded (verified) bundle. */
export function autoencoderFromBundle(loaded: LoadedBundle): Autoencoder {
  return networkFromBundle<AutoencoderPreprocessing>(loaded, 'autoencoder', 'an autoencoder');
}
