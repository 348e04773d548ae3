// A model registry on the filesystem: per product (fraud, credit, k3, ...) a folder of
// verified bundles by version, a champion (the model that scores) and a challenger (the
// model shadowing it), with promotion, rollback and an append-only history.
//
//   <root>/<product>/registry.json       state + history (replaced atomically)
//   <root>/<product>/registry.lock       held while a change is read, made and written
//   <root>/<product>/<version>/...       bundle files, copied in and verified
//
// Every change is a read-modify-write of registry.json; the lock (proper-lockfile: an
// atomic mkdir, refreshed while held, taken over when stale after a crash) serialises
// changes between processes (a training job registering while an operator promotes) and
// within one.
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { loadBundle, verifyBundle } from './bundle-io.js';
import type { LoadedBundle } from './bundle-io.js';
import { RegistryError } from './errors.js';
import type { BundleKeyOptions } from './signing.js';

export type RegistryRole = 'champion' | 'challenger';
export type RegistryAction = 'register' | 'promote' | 'rollback' | 'retire-challenger';

export interface RegistryEvent {
  readonly at: string;
  readonly action: RegistryAction;
  readonly version: string;
  /** The champion before this event (promote, rollback). */
  readonly previousChampion: string | null;
}

export interface ProductRegistry {
  readonly product: string;
  readonly champion: string | null;
  readonly challenger: string | null;
  /** Every registered version, oldest first. */
  readonly versions: readonly string[];
  readonly history: readonly RegistryEvent[];
}

const REGISTRY_FILE = 'registry.json';
const LOCK_FILE = 'registry.lock';
/** Waiting for the lock: up to ~30 s in backed-off retries, then a clear error. */
const LOCK_RETRIES = { retries: 60, factor: 1.3, minTimeout: 20, maxTimeout: 1_000 } as const;
/** A lock not refreshed for this long belongs to a dead process and is taken over. */
const LOCK_STALE_MS = 15_000;
/** Product names become folder names: keep them to safe characters. */
const PRODUCT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

export class ModelRegistry {
  /** `now` is injectable so tests get stable histories. */
  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
    /** Key bundles are verified with (default: TELISIK_BUNDLE_KEY, or the demo key in demo). */
    private readonly signing?: BundleKeyOptions,
  ) {}

  private productDir(product: string): string {
    if (!PRODUCT_NAME.test(product)) throw new RegistryError(`product name ${JSON.stringify(product)} must match ${PRODUCT_NAME.source}`);
    return join(this.root, product);
  }

  /** The product's state (an empty registry when nothing was registered yet). */
  async state(product: string): Promise<ProductRegistry> {
    try {
      return JSON.parse(await readFile(join(this.productDir(product), REGISTRY_FILE), 'utf8')) as ProductRegistry;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { product, champion: null, challenger: null, versions: [], history: [] };
      throw err;
    }
  }

  private async save(state: ProductRegistry): Promise<ProductRegistry> {
    const dir = this.productDir(state.product);
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `${REGISTRY_FILE}.tmp-${process.pid}`);
    await writeFile(tmp, JSON.stringify(state, null, 2));
    await rename(tmp, join(dir, REGISTRY_FILE));
    return state;
  }

  /** Run one change of `product`'s state under its lock. */
  private async change(product: string, apply: (state: ProductRegistry) => Promise<ProductRegistry>): Promise<ProductRegistry> {
    const dir = this.productDir(product);
    await mkdir(dir, { recursive: true });
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(dir, { lockfilePath: join(dir, LOCK_FILE), retries: LOCK_RETRIES, stale: LOCK_STALE_MS });
    } catch (err) {
      throw new RegistryError(`${product}: the registry is locked by another change (${join(dir, LOCK_FILE)}): ${(err as Error).message}`);
    }
    try {
      return await apply(await this.state(product));
    } finally {
      await release();
    }
  }

  private event(action: RegistryAction, version: string, previousChampion: string | null): RegistryEvent {
    return { at: this.now().toISOString(), action, version, previousChampion };
  }

  /**
   * Verify the bundle at `bundleDir`, copy it in under its version and make it the
   * challenger (or the champion when the product has none yet). Registering the same
   * version twice is a no-op, so a retried job does no harm.
   */
  async register(product: string, bundleDir: string): Promise<ProductRegistry> {
    const { manifest } = await verifyBundle(bundleDir, this.signing);
    return this.change(product, async (state) => {
      if (state.versions.includes(manifest.version)) return state;
      const target = join(this.productDir(product), manifest.version);
      await rm(target, { recursive: true, force: true });
      await cp(bundleDir, target, { recursive: true });
      await verifyBundle(target, this.signing);
      const first = state.champion === null;
      return this.save({
        ...state,
        champion: first ? manifest.version : state.champion,
        challenger: first ? state.challenger : manifest.version,
        versions: [...state.versions, manifest.version],
        history: [...state.history, this.event('register', manifest.version, state.champion)],
      });
    });
  }

  /** The challenger becomes champion; the old champion stays registered for rollback. */
  async promote(product: string): Promise<ProductRegistry> {
    return this.change(product, async (state) => {
      if (state.challenger === null) throw new RegistryError(`${product} has no challenger to promote`);
      return this.save({
        ...state,
        champion: state.challenger,
        challenger: null,
        history: [...state.history, this.event('promote', state.challenger, state.champion)],
      });
    });
  }

  /** Put back the champion the current one replaced (by promotion); repeatable down the lineage. */
  async rollback(product: string): Promise<ProductRegistry> {
    return this.change(product, async (state) => {
      const current = state.champion;
      const promotion = [...state.history]
        .reverse()
        .find((e) => e.action === 'promote' && e.version === current && e.previousChampion !== null);
      if (current === null || !promotion?.previousChampion) throw new RegistryError(`${product} has no earlier champion to roll back to`);
      const restored = promotion.previousChampion;
      return this.save({
        ...state,
        champion: restored,
        history: [...state.history, this.event('rollback', restored, current)],
      });
    });
  }

  /** Drop the challenger (it stays registered and in the history). */
  async retireChallenger(product: string): Promise<ProductRegistry> {
    return this.change(product, async (state) => {
      if (state.challenger === null) throw new RegistryError(`${product} has no challenger to retire`);
      return this.save({
        ...state,
        challenger: null,
        history: [...state.history, this.event('retire-challenger', state.challenger, state.champion)],
      });
    });
  }

  /** The append-only history, oldest first. */
  async history(product: string): Promise<readonly RegistryEvent[]> {
    return (await this.state(product)).history;
  }

  /** Folder of the bundle in `role` for `product`. */
  async bundleDir(product: string, role: RegistryRole): Promise<string> {
    const state = await this.state(product);
    const version = role === 'champion' ? state.champion : state.challenger;
    if (version === null) throw new RegistryError(`${product} has no ${role}`);
    return join(this.productDir(product), version);
  }

  /** Load (and verify) the bundle in `role` for `product`. */
  async load(product: string, role: RegistryRole): Promise<LoadedBundle> {
    return loadBundle(await this.bundleDir(product, role), this.signing);
  }
}
