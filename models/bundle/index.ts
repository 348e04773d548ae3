// Model bundles (model.json + weights.bin + manifest.json, verified on load) and the
// filesystem registry of champions and challengers.
export { loadBundle, reviveBreaks, saveBundle, serializeModel, toJson, verifyBundle } from './bundle-io.js';
export type { BundleContents, LoadedBundle } from './bundle-io.js';
export { codeVersion, fingerprintTable, sha256 } from './digest.js';
export type { DataFingerprint } from './digest.js';
export { BundleIntegrityError, RegistryError } from './errors.js';
export type { BundleProblem } from './errors.js';
export { BUNDLE_FORMAT_VERSION, MANIFEST_FILE, MODEL_FILE, WEIGHTS_FILE } from './manifest.js';
export type { BundleFileDigest, BundleManifest, JsonValue } from './manifest.js';
export { ModelRegistry } from './registry.js';
export { BUNDLE_KEY_ENV, DEMO_BUNDLE_KEY, DEMO_ENV, MIN_BUNDLE_KEY_BYTES, MissingBundleKeyError, resolveBundleKey } from './signing.js';
export type { BundleKey, BundleKeyOptions, BundleSignature } from './signing.js';
export type { ProductRegistry, RegistryAction, RegistryEvent, RegistryRole } from './registry.js';
