// Saves and loads model bundles without tfjs-node: the model goes through
// tf.io.withSaveHandler into model.json + weights.bin, comes back through tf.io.fromMemory,
// and every file is checked against the manifest's SHA-256 before anything is parsed.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Tfjs from '@tensorflow/tfjs';
import { registerCpuBackend, tf } from '../tf/tfjs.js';
import { parseSpec } from '../spec/load.js';
import type { FeatureSpec } from '../spec/types.js';
import { codeVersion, sha256 } from './digest.js';
import type { DataFingerprint } from './digest.js';
import { BundleIntegrityError } from './errors.js';
import { resolveBundleKey, signManifest, signatureProblem } from './signing.js';
import type { BundleKeyOptions } from './signing.js';
import { BUNDLE_FORMAT_VERSION, MANIFEST_FILE, MODEL_FILE, WEIGHTS_FILE } from './manifest.js';
import type { BundleFileDigest, BundleManifest, JsonValue } from './manifest.js';

export interface BundleContents {
  readonly family: string;
  readonly model: Tfjs.LayersModel;
  readonly featureSpec: FeatureSpec;
  readonly preprocessing: unknown;
  readonly metrics: unknown;
  readonly trainingData: DataFingerprint;
  /** Defaults to now; fixed in tests for reproducible manifests. */
  readonly createdAt?: Date;
  /** Signing key (default: TELISIK_BUNDLE_KEY, or the demo key in demo). */
  readonly signing?: BundleKeyOptions;
}

export interface LoadedBundle {
  readonly dir: string;
  readonly manifest: BundleManifest;
  readonly model: Tfjs.LayersModel;
}

/** JSON with non-finite numbers as null (JSON has no Infinity; parseSpec reads null bin ends back). */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), indent);
}

/**
 * Undo toJson for bin breaks: a null first/last entry of a `breaks` array is -/+Infinity
 * (the feature spec's own convention), so fitted preprocessing reads back as it was fitted.
 */
export function reviveBreaks<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => reviveBreaks(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'breaks' && Array.isArray(v)) {
      out[k] = v.map((b: unknown, i) => (b === null ? (i === 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : b));
    } else out[k] = reviveBreaks(v);
  }
  return out as T;
}

type ManifestBody = Omit<BundleManifest, 'manifestSha256' | 'signature'>;

/** The manifest's canonical text: what the digest and the signature cover. */
function canonicalManifest(body: ManifestBody): string {
  return toJson(body, 0);
}

function manifestDigest(body: ManifestBody): string {
  return sha256(canonicalManifest(body));
}

/** Write via a temporary name and rename, so a reader never sees half a file. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

function digestOf(path: string, data: Uint8Array): BundleFileDigest {
  return { path, bytes: data.byteLength, sha256: sha256(data) };
}

/** Serialise a tfjs model to model.json text and weights.bin bytes (no tfjs-node involved). */
export async function serializeModel(model: Tfjs.LayersModel): Promise<{ modelJson: string; weights: Uint8Array }> {
  let artifacts: Tfjs.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!artifacts?.weightData || !artifacts.weightSpecs) throw new Error('tfjs save produced no weights');
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const modelJson = {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy ?? null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
  };
  return { modelJson: JSON.stringify(modelJson), weights };
}

/** Write a bundle into `dir` (created if needed); returns its manifest. */
export async function saveBundle(dir: string, contents: BundleContents): Promise<BundleManifest> {
  // Resolve the key first: without one (outside demo) nothing is written.
  const key = resolveBundleKey(contents.signing);
  await mkdir(dir, { recursive: true });
  const { modelJson, weights } = await serializeModel(contents.model);
  const modelBytes = new TextEncoder().encode(modelJson);
  await writeAtomic(join(dir, MODEL_FILE), modelBytes);
  await writeAtomic(join(dir, WEIGHTS_FILE), weights);
  const createdAt = (contents.createdAt ?? new Date()).toISOString();
  const files = [digestOf(MODEL_FILE, modelBytes), digestOf(WEIGHTS_FILE, weights)];
  const stamp = createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const body: ManifestBody = {
    formatVersion: BUNDLE_FORMAT_VERSION,
    family: contents.family,
    version: `${contents.family}-${stamp}-${(files[1] as BundleFileDigest).sha256.slice(0, 8)}`,
    featureSpec: contents.featureSpec,
    // Round-trip through JSON so the manifest object equals what a loader will read.
    preprocessing: JSON.parse(toJson(contents.preprocessing ?? null, 0)) as JsonValue,
    metrics: JSON.parse(toJson(contents.metrics ?? null, 0)) as JsonValue,
    trainingData: contents.trainingData,
    codeVersion: codeVersion(),
    createdAt,
    runtime: { tfjs: tf.version.tfjs, backend: tf.getBackend() },
    files,
  };
  const normalised = JSON.parse(toJson(body, 0)) as ManifestBody;
  const manifest: BundleManifest = {
    ...normalised,
    manifestSha256: manifestDigest(normalised),
    signature: signManifest(canonicalManifest(normalised), key),
  };
  await writeAtomic(join(dir, MANIFEST_FILE), toJson(manifest));
  return { ...manifest, featureSpec: contents.featureSpec };
}

async function readOrRefuse(dir: string, file: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, file));
  } catch {
    throw new BundleIntegrityError(dir, file, 'missing', 'is missing or unreadable');
  }
}

/** Read the manifest and check every file's SHA-256; returns the manifest and the file bytes. */
export async function verifyBundle(
  dir: string,
  signing?: BundleKeyOptions,
): Promise<{ manifest: BundleManifest; files: ReadonlyMap<string, Buffer> }> {
  const key = resolveBundleKey(signing);
  const raw = await readOrRefuse(dir, MANIFEST_FILE);
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(raw.toString('utf8')) as BundleManifest;
  } catch {
    throw new BundleIntegrityError(dir, MANIFEST_FILE, 'manifest-invalid', 'is not valid JSON');
  }
  if (manifest.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new BundleIntegrityError(
      dir,
      MANIFEST_FILE,
      'manifest-invalid',
      `has format version ${String(manifest.formatVersion)}, this code reads ${BUNDLE_FORMAT_VERSION}`,
    );
  }
  const { manifestSha256, signature, ...body } = manifest;
  const actualManifest = manifestDigest(body);
  if (actualManifest !== manifestSha256) {
    throw new BundleIntegrityError(
      dir,
      MANIFEST_FILE,
      'digest-mismatch',
      `has been modified (its recorded SHA-256 ${String(manifestSha256)} does not match its content ${actualManifest})`,
    );
  }
  // The keyed check: a manifest edited and re-hashed still fails here.
  const problem = signatureProblem(canonicalManifest(body), signature, key);
  if (problem) throw new BundleIntegrityError(dir, MANIFEST_FILE, 'signature-invalid', problem);
  if (!Array.isArray(manifest.files)) throw new BundleIntegrityError(dir, MANIFEST_FILE, 'manifest-invalid', 'lists no files');
  for (const f of manifest.files) {
    // Only plain names inside the bundle folder: a manifest must not point the loader elsewhere.
    if (typeof f.path !== 'string' || f.path.includes('/') || f.path.includes('\\') || f.path.startsWith('.')) {
      throw new BundleIntegrityError(dir, MANIFEST_FILE, 'manifest-invalid', `lists an unsafe file name ${JSON.stringify(f.path)}`);
    }
  }
  for (const required of [MODEL_FILE, WEIGHTS_FILE]) {
    if (!manifest.files.some((f) => f.path === required))
      throw new BundleIntegrityError(dir, required, 'unlisted', 'is not listed in the manifest');
  }
  const files = new Map<string, Buffer>();
  for (const f of manifest.files) {
    const data = await readOrRefuse(dir, f.path);
    const actual = sha256(data);
    if (actual !== f.sha256) {
      throw new BundleIntegrityError(dir, f.path, 'digest-mismatch', `has been modified (SHA-256 expected ${f.sha256}, found ${actual})`);
    }
    if (data.byteLength !== f.bytes)
      throw new BundleIntegrityError(dir, f.path, 'size-mismatch', `has ${data.byteLength} bytes, the manifest says ${f.bytes}`);
    files.set(f.path, data);
  }
  return {
    manifest: { ...manifest, featureSpec: parseSpec(manifest.featureSpec), preprocessing: reviveBreaks(manifest.preprocessing) },
    files,
  };
}

/** Verify and load a bundle; a tampered or missing file throws BundleIntegrityError naming it. */
export async function loadBundle(dir: string, signing?: BundleKeyOptions): Promise<LoadedBundle> {
  const { manifest, files } = await verifyBundle(dir, signing);
  const modelJson = JSON.parse((files.get(MODEL_FILE) as Buffer).toString('utf8')) as Tfjs.io.ModelJSON;
  const weights = files.get(WEIGHTS_FILE) as Buffer;
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  const weightSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
  // tfjs initialises its best backend (wasm) asynchronously; loading before it is ready
  // fails with "backend 'wasm' has not yet been initialized" (issue 13: serve at start-up).
  // The cpu backend is registered first (tfjs.ts loads it only on demand): it is what a
  // process that never registered wasm loads on, as it was with the whole of tfjs loaded.
  registerCpuBackend();
  await tf.ready();
  const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData }));
  return { dir, manifest, model };
}
