// The CANN in and out of a model bundle: the network is model.json + weights.bin; its
// design preprocessing and layout, the GLM skip connection (float64 coefficients, spec
// and preprocessing) and the explanation baseline travel in the manifest.
import type { LoadedBundle } from '../../bundle/bundle-io.js';
import { networkBundleContents, networkFromBundle } from '../../bundle/network-model.js';
import type { Cann, CannPreprocessing } from './model.js';

/** What saveBundle needs for a CANN. */
export const cannBundleContents = networkBundleContents<CannPreprocessing>;

/** The CANN held by a loaded (verified) bundle. */
export function cannFromBundle(loaded: LoadedBundle): Cann {
  return networkFromBundle<CannPreprocessing>(loaded, 'cann', 'a CANN');
}
