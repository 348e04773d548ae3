// Test support: a fixture built once per vitest run and read by every test file that asks for
// it (a generated extract, a published fraud run), instead of each file paying for its own.
// The first file to ask builds it under the run's directory (fixture-root.global.ts) while
// holding a lock; a file asking meanwhile waits for it (without using a core). Files only read what they are given
// (a warehouse to write is copied first), so no state passes from one file to another.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

export interface SharedFixture {
  /** The built fixture: read it, never write under it. */
  readonly dir: string;
  /** Removes a private build; a shared one stays for the other files until the run ends. */
  dispose(): Promise<void>;
}

/** How often a file waiting for another's build looks again. */
const WAIT_STEP_MS = 1_000;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the build lock of a fixture: a file created exclusively, holding the builder's pid.
 * Every test file is a process of this machine, so a lock is stale exactly when its process is
 * gone (a lock refreshed on a timer was taken from a live builder whose event loop a loaded
 * machine held up for a minute). A waiter waits as long as the builder lives; the test's own
 * hook timeout is the hang guard.
 */
async function lockBuild(lockPath: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return () => rm(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    // an empty file is a lock being written: its holder is alive
    const holder = Number(await readFile(lockPath, 'utf8').catch(() => ''));
    if (holder > 0 && !alive(holder)) await rm(lockPath, { force: true });
    else await sleep(WAIT_STEP_MS);
  }
}

/**
 * The fixture named `key` (its name must change with anything that changes what `build` writes),
 * built by `build` into an empty directory. Outside a vitest run with the global setup (another
 * config), a private copy is built for the caller.
 */
export async function sharedFixture(key: string, build: (dir: string) => Promise<void>): Promise<SharedFixture> {
  const root = inject('sharedFixtureRoot');
  if (!root) {
    const dir = await mkdtemp(join(tmpdir(), `telisik-${key}-`));
    try {
      await build(dir);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const dir = join(root, key);
  const release = await lockBuild(join(root, `${key}.lock`));
  try {
    if (!existsSync(dir)) {
      // built aside and renamed into place: a build that failed midway leaves no fixture behind
      const work = await mkdtemp(join(root, `${key}-building-`));
      try {
        await build(work);
      } catch (err) {
        await rm(work, { recursive: true, force: true });
        throw err;
      }
      await rename(work, dir);
    }
  } finally {
    await release();
  }
  return { dir, dispose: async () => undefined };
}
