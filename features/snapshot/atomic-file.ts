// Atomic file replacement: write beside the target under a temporary name, flush, then
// rename over it. A reader sees the old file or the new one, never half of one, and a
// job retried after a crash simply writes again (at-least-once delivery, ARCHITECTURE.md).
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temporary name in the target's folder (rename is only atomic within a filesystem). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
}

/** Writes `bytes` to `target` atomically, creating the folder if needed. */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPathFor(target);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

/**
 * Runs `write` against a temporary path and renames the result over `target`, for
 * writers that want a path rather than bytes (DuckDB `COPY ... TO`).
 */
export async function replaceFileAtomic(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPathFor(target);
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true, recursive: true });
    throw err;
  }
}
