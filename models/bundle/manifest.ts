// The bundle manifest: what a model is, what it learnt from, which code made it, and the
// SHA-256 of every file beside it. Written last, so a bundle without one is incomplete.
import type { FeatureSpec } from '../spec/types.js';
import type { DataFingerprint } from './digest.js';
import type { BundleSignature } from './signing.js';

/** Bumped when the layout of a bundle changes; loaders refuse versions they do not know. */
export const BUNDLE_FORMAT_VERSION = 1;

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';
export const MANIFEST_FILE = 'manifest.json';

export interface BundleFileDigest {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** JSON values, as the manifest stores family-specific payloads. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface BundleManifest {
  readonly formatVersion: number;
  readonly family: string;
  /** Unique model version: family, creation time and a digest prefix of the weights. */
  readonly version: string;
  /** The spec the model was trained with (infinite bin ends stored as null). */
  readonly featureSpec: FeatureSpec;
  /** Family-specific fitted preprocessing (design terms, scorecard bins, scaling, calibration). */
  readonly preprocessing: JsonValue;
  readonly metrics: JsonValue;
  readonly trainingData: DataFingerprint;
  readonly codeVersion: string;
  readonly createdAt: string;
  /** tfjs version and backend the model was trained on. */
  readonly runtime: { readonly tfjs: string; readonly backend: string };
  readonly files: readonly BundleFileDigest[];
  /** SHA-256 of this manifest's JSON without this field and the signature: catches accidental edits. */
  readonly manifestSha256: string;
  /** HMAC over the same JSON with the bundle key: catches deliberate edits (a re-hashed manifest). */
  readonly signature?: BundleSignature;
}
