// Errors a model bundle raises when it cannot be trusted; each names the file at fault so
// an operator knows what was changed or lost.

export type BundleProblem = 'missing' | 'digest-mismatch' | 'size-mismatch' | 'manifest-invalid' | 'unlisted' | 'signature-invalid';

/** A bundle file is missing, altered or unreadable: the bundle is refused. */
export class BundleIntegrityError extends Error {
  constructor(
    readonly bundleDir: string,
    readonly file: string,
    readonly problem: BundleProblem,
    detail: string,
  ) {
    super(`model bundle ${bundleDir}: ${file} ${detail}; refusing to load it`);
    this.name = 'BundleIntegrityError';
  }
}

/** A registry operation that makes no sense in the registry's current state. */
export class RegistryError extends Error {
  constructor(message: string) {
    super(`model registry: ${message}`);
    this.name = 'RegistryError';
  }
}
