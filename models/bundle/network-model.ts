// A tfjs network with its spec and fitted preprocessing, as the network families (classifier,
// autoencoder, CANN) hand it to a bundle and get it back: the network is model.json +
// weights.bin, the preprocessing (tagged with its family's `kind`) travels in the manifest.
import type * as tf from '@tensorflow/tfjs';
import type { FeatureSpec } from '../spec/types.js';
import type { BundleContents, LoadedBundle } from './bundle-io.js';
import type { DataFingerprint } from './digest.js';

export interface NetworkModel<P extends { readonly kind: string }> {
  readonly spec: FeatureSpec;
  readonly model: tf.LayersModel;
  readonly preprocessing: P;
}

/** What saveBundle needs for a network family's model. */
export function networkBundleContents<P extends { readonly kind: string }>(
  network: NetworkModel<P>,
  metrics: unknown,
  trainingData: DataFingerprint,
): BundleContents {
  return {
    family: network.preprocessing.kind,
    model: network.model,
    featureSpec: network.spec,
    preprocessing: network.preprocessing,
    metrics,
    trainingData,
  };
}

/** The model of family `kind` held by a loaded (verified) bundle; another family is refused, naming both. */
export function networkFromBundle<P extends { readonly kind: string }>(
  loaded: LoadedBundle,
  kind: P['kind'],
  label: string,
): NetworkModel<P> {
  const pre = loaded.manifest.preprocessing as unknown as P | undefined;
  if (loaded.manifest.family !== kind || pre?.kind !== kind)
    throw new Error(`bundle ${loaded.dir} holds a ${loaded.manifest.family} model, not ${label}`);
  return { spec: loaded.manifest.featureSpec, model: loaded.model, preprocessing: pre };
}
