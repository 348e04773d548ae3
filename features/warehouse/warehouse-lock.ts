// One writer or any number of readers per warehouse file, across worker threads and
// processes. DuckDB's own lock is an fcntl lock, which belongs to the process: two worker
// threads (or two instances in one thread) both open the file writable, and a READ_ONLY
// instance beside a writer in the same process reads pages the writer is rewriting. Both
// corrupted a shared warehouse (issue 12, item 1). This lock lives beside the database, in
// `<file>.lock/`, where every thread and process sees it. Entries appear atomically (a hard
// link for the writer, a rename for a reader), so two contenders can never both win:
//   writer: link `writer`, then look for live readers (if any, unlink and wait);
//   reader: add `reader.<token>`, then look for a live writer (if one, remove it and wait).
// Each side publishes itself before it looks, so of two that meet at least one sees the other.
import { randomUUID } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

export type WarehouseLockMode = 'read' | 'write';

/** Who holds (or held) an entry of the lock. */
export interface WarehouseLockOwner {
  readonly mode: WarehouseLockMode;
  readonly pid: number;
  readonly thread: number;
  /** Host name, boot and pid namespace: a pid means something only on the same machine. */
  readonly machine: string;
  /** The process's start time (Linux), so a recycled pid is not taken for the holder. */
  readonly processStart: string | null;
  readonly token: string;
  readonly since: string;
}

export interface WarehouseLockOptions {
  /** How long to wait for a conflicting holder to leave before giving up; default 0. */
  readonly waitMs?: number;
  /**
   * A holder on another machine (a shared folder) whose entry has not been touched for this
   * long is taken for dead. Holders on this machine are judged by their process instead.
   */
  readonly staleMs?: number;
}

/** A held lock; release it exactly once, after the DuckDB instance is closed. */
export interface WarehouseLock {
  readonly path: string;
  readonly mode: WarehouseLockMode;
  release(): void;
}

/** The warehouse is held by someone else: transient by nature, worth retrying later. */
export class WarehouseLockedError extends Error {
  override readonly name = 'WarehouseLockedError';
  constructor(
    readonly path: string,
    readonly mode: WarehouseLockMode,
    readonly holder: WarehouseLockOwner | null,
    detail?: string,
  ) {
    super(`warehouse ${path} cannot be opened ${mode === 'write' ? 'for writing' : 'for reading'}: ${detail ?? describeHolder(holder)}`);
  }
}

/** Heartbeat period of a held entry is a quarter of this. */
export const DEFAULT_LOCK_STALE_MS = 120_000;
/** A takeover in progress is a few file operations; its marker older than this is left over from a crash. */
const TAKEOVER_STALE_MS = 10_000;
const MAX_POLL_MS = 250;
const MAX_RACES = 20;

/** DuckDB's own cross-process lock refused the file (a process that does not take this lock). */
export function isDuckDBLockConflict(err: unknown): boolean {
  return err instanceof Error && /Could not set lock on file|Conflicting lock/i.test(err.message);
}

/** The folder holding the lock of `databasePath`. */
export function lockDirOf(databasePath: string): string {
  return `${resolve(databasePath)}.lock`;
}

/**
 * Takes the lock of `databasePath` for `mode`, waiting up to `waitMs` while a conflicting
 * holder is inside; throws WarehouseLockedError after that. `:memory:` needs no lock.
 */
export async function lockWarehouseFile(
  databasePath: string,
  mode: WarehouseLockMode,
  options: WarehouseLockOptions = {},
): Promise<WarehouseLock> {
  if (databasePath === ':memory:' || databasePath === '') return { path: databasePath, mode, release: () => undefined };
  const dir = lockDirOf(databasePath);
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const deadline = Date.now() + (options.waitMs ?? 0);
  let pause = 10;
  let races = 0;
  for (;;) {
    const attempt = tryAcquire(dir, mode, staleMs);
    if (attempt.kind === 'held') return holdEntry(databasePath, mode, attempt.entry, attempt.token, staleMs);
    if (attempt.kind === 'unlockable') return { path: databasePath, mode, release: () => undefined };
    // A holder left or a dead one was removed just now: look again at once.
    if (attempt.kind === 'race' && ++races <= MAX_RACES) continue;
    const holder = attempt.kind === 'blocked' ? attempt.holder : null;
    const left = deadline - Date.now();
    if (left <= 0) throw new WarehouseLockedError(databasePath, mode, holder);
    await sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, MAX_POLL_MS);
  }
}

type Attempt =
  | { kind: 'held'; entry: string; token: string }
  | { kind: 'blocked'; holder: WarehouseLockOwner | null }
  | { kind: 'race' }
  /** A reader on a folder it may not write (read-only mount): no writer can be there either. */
  | { kind: 'unlockable' };

function tryAcquire(dir: string, mode: WarehouseLockMode, staleMs: number): Attempt {
  const token = randomUUID();
  const owner: WarehouseLockOwner = {
    mode,
    pid: process.pid,
    thread: threadId,
    machine: MACHINE,
    processStart: processStartOf(process.pid),
    token,
    since: new Date().toISOString(),
  };
  const temp = join(dir, `.tmp.${token}`);
  try {
    // A reader creates no folders: with no folder there is no database to read either.
    mkdirSync(dir, { recursive: mode === 'write' });
  } catch (err) {
    const code = codeOf(err);
    if (code !== 'EEXIST') {
      if (mode === 'read' && ['EACCES', 'EPERM', 'EROFS', 'ENOENT'].includes(code)) return { kind: 'unlockable' };
      throw err;
    }
  }
  try {
    writeFileSync(temp, JSON.stringify(owner));
  } catch (err) {
    if (mode === 'read' && ['EACCES', 'EPERM', 'EROFS'].includes(codeOf(err))) return { kind: 'unlockable' };
    // The last holder removed the empty folder between our mkdir and our write.
    if (codeOf(err) === 'ENOENT') return { kind: 'race' };
    throw err;
  }
  const writerEntry = join(dir, 'writer');
  try {
    if (mode === 'write') {
      try {
        linkSync(temp, writerEntry);
      } catch (err) {
        if (codeOf(err) !== 'EEXIST') throw err;
        return blockedBy(dir, writerEntry, staleMs);
      }
      for (const name of readdirSync(dir)) {
        if (!name.startsWith('reader.')) continue;
        const reader = readEntry(join(dir, name));
        if (!reader) continue;
        if (isStale(reader, staleMs)) {
          removeQuietly(join(dir, name));
          continue;
        }
        unlinkSync(writerEntry);
        return { kind: 'blocked', holder: reader.owner };
      }
      return { kind: 'held', entry: writerEntry, token };
    }
    const entry = join(dir, `reader.${token}`);
    renameSync(temp, entry);
    const writer = readEntry(writerEntry);
    if (writer && !(isStale(writer, staleMs) && takeOverStaleWriter(dir, writer.owner.token))) {
      unlinkSync(entry);
      return { kind: 'blocked', holder: writer.owner };
    }
    return { kind: 'held', entry, token };
  } catch (err) {
    // An entry went away between two looks: look again.
    if (codeOf(err) === 'ENOENT') return { kind: 'race' };
    throw err;
  } finally {
    removeQuietly(temp);
  }
}

function blockedBy(dir: string, writerEntry: string, staleMs: number): Attempt {
  const writer = readEntry(writerEntry);
  if (!writer || (isStale(writer, staleMs) && takeOverStaleWriter(dir, writer.owner.token))) return { kind: 'race' };
  return { kind: 'blocked', holder: writer.owner };
}

/**
 * Removes a dead writer's entry. Two contenders may judge it dead at once; the `takeover`
 * folder lets one of them re-read and remove it, so a live writer that came in meanwhile
 * is never removed in its place.
 */
function takeOverStaleWriter(dir: string, staleToken: string): boolean {
  const marker = join(dir, 'takeover');
  try {
    mkdirSync(marker);
  } catch (err) {
    if (codeOf(err) !== 'EEXIST') throw err;
    const age = ageOf(marker);
    if (age !== null && age > TAKEOVER_STALE_MS) rmdirQuietly(marker);
    return false;
  }
  try {
    const writerEntry = join(dir, 'writer');
    if (readEntry(writerEntry)?.owner.token !== staleToken) return false;
    removeQuietly(writerEntry);
    return true;
  } finally {
    rmdirQuietly(marker);
  }
}

/** Entries this thread holds, released if the thread or process exits with them held. */
const held = new Map<string, { entry: string; token: string; dir: string }>();
let exitHookInstalled = false;

function holdEntry(path: string, mode: WarehouseLockMode, entry: string, token: string, staleMs: number): WarehouseLock {
  const dir = dirname(entry);
  held.set(token, { entry, token, dir });
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Runs on process.exit and on an uncaught error in a worker thread (not on terminate()
    // or SIGKILL: a dead process is recognised by its pid instead).
    process.once('exit', () => {
      for (const h of held.values()) releaseEntry(h);
    });
  }
  // Only holders on other machines are judged by age; the heartbeat keeps ours young.
  const heartbeat = setInterval(
    () => {
      const now = new Date();
      try {
        utimesSync(entry, now, now);
      } catch {
        // Gone: released meanwhile, or removed by someone who judged us dead; release() copes.
      }
    },
    Math.max(1_000, staleMs / 4),
  );
  heartbeat.unref();
  let released = false;
  return {
    path,
    mode,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const h = held.get(token);
      held.delete(token);
      if (h) releaseEntry(h);
    },
  };
}

function releaseEntry(h: { entry: string; token: string; dir: string }): void {
  // Remove the writer entry only while it is still ours.
  if (readEntry(h.entry)?.owner.token === h.token) removeQuietly(h.entry);
  rmdirQuietly(h.dir);
}

interface Entry {
  readonly owner: WarehouseLockOwner;
  readonly mtimeMs: number;
}

function readEntry(path: string): Entry | null {
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw err;
  }
  try {
    return { owner: JSON.parse(text) as WarehouseLockOwner, mtimeMs };
  } catch {
    // Entries appear whole (link, rename), so this is not ours: judge it by its age alone.
    return {
      owner: {
        mode: 'write',
        pid: 0,
        thread: 0,
        machine: 'unknown',
        processStart: null,
        token: '',
        since: new Date(mtimeMs).toISOString(),
      },
      mtimeMs,
    };
  }
}

function isStale(entry: Entry, staleMs: number): boolean {
  const { owner } = entry;
  if (owner.machine === MACHINE) return !processAlive(owner.pid, owner.processStart);
  return Date.now() - entry.mtimeMs > staleMs;
}

function processAlive(pid: number, processStart: string | null): boolean {
  if (pid === process.pid) return true; // a thread of ours: threads release on exit (see holdEntry)
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (codeOf(err) === 'ESRCH') return false;
  }
  const now = processStartOf(pid);
  return processStart === null || now === null || now === processStart;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), or null off Linux. */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function machineIdentity(): string {
  const parts = [hostname()];
  try {
    parts.push(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
  } catch {
    // not Linux: the host name alone
  }
  try {
    parts.push(readlinkSync('/proc/self/ns/pid'));
  } catch {
    // no pid namespaces
  }
  return parts.join('/');
}

const MACHINE = machineIdentity();

function describeHolder(holder: WarehouseLockOwner | null): string {
  if (!holder) return 'another session holds it';
  const who =
    holder.pid === process.pid && holder.machine === MACHINE
      ? `thread ${holder.thread} of this process`
      : `process ${holder.pid}${holder.machine === MACHINE ? '' : ` on ${holder.machine.split('/')[0]}`}`;
  return `${holder.mode === 'write' ? 'being written' : 'being read'} by ${who} since ${holder.since}`;
}

function ageOf(path: string): number | null {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function rmdirQuietly(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // not empty (others hold entries) or already gone
  }
}

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}
