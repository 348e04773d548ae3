// A segment of the access journal (access-journal.ts): a file beside the database, filled
// with zeros (real blocks, made durable) before it takes any row, then written by
// positional O_DSYNC writes of frames (journal-frame.ts) at offsets the journal reserves.
//
// Why zeros first: an O_DSYNC append grows the file, so each durable write also commits the
// new size through the filesystem's journal (ext4: a jbd2 commit, whose thread must be
// scheduled on a loaded machine); an overwrite of blocks already allocated and written,
// inside the file's size, is a data-only durable write. PostgreSQL's WAL segments are
// zero-filled the same way. fallocate would not do: it leaves unwritten extents, and the
// first write to one is a metadata change again. The zeros are written off the request
// path, one segment ahead (the journal's spare). The durable write alone
// (pipelines/bench/journal-write.bench.ts, both schemes in turns, load 16-17): p50 0.12-0.24
// -> 0.09 ms one at a time, 0.34-0.59 -> 0.20-0.22 ms three in flight (p99 8-28 -> 5-10 ms);
// one at a time the p99 (16-18 ms either way) is the loaded machine's scheduling.
import { constants } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeSegment } from './journal-frame.js';
import type { JournalRow } from './journal-frame.js';

/**
 * Zero-filled bytes of a segment. A move (every 250 ms) starts a new segment, so one holds
 * a move's rows: at 1,000 requests/s about 250 rows of ~230 bytes in frames, ~60 KB; 256 KiB
 * leaves four times that. A burst that fills it goes on in the spare; zero-filling 256 KiB
 * and syncing it took 4-6 ms at p50 here (load 11), four times a second at most.
 */
export const SEGMENT_BYTES = 256 * 1024;
/**
 * Each write is on disk when it returns, as a commit is: no second round trip for an
 * fdatasync. Where the platform has no O_DSYNC, O_SYNC does the same with the times too.
 */
const WRITE_FLAGS = constants.O_WRONLY | (constants.O_DSYNC ?? constants.O_SYNC);

export interface Segment {
  readonly path: string;
  /** Written through its fd with fs.write: one thread-pool call per batch, no stream buffering. */
  readonly handle: FileHandle;
  /** Bytes zero-filled; writes past them still work, as slower appends. */
  readonly capacity: number;
  /** Where the next frame goes: every write reserves its range here before it starts. */
  offset: number;
  /** Rows on disk in this segment, not yet in the table. */
  readonly rows: JournalRow[];
  /** Writes still in flight. */
  readonly writing: Set<Promise<void>>;
}

/** Segment files sort by name in the order they were opened. */
export const segmentPath = (prefix: string, seq: number): string => `${prefix}.${String(seq).padStart(9, '0')}`;

/** Makes a created file's name durable (its directory entry), as its O_DSYNC writes are. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates segment `seq`, zero-filled, its name durable, open for positional O_DSYNC writes.
 * The zeros go in one O_DSYNC write (data and size durable in one thread-pool call): the
 * spare is prepared on libuv's pool, beside the journal's writes in flight. A crash part-way
 * leaves a file without frames, which the next open reads as empty and deletes.
 */
export async function prepareSegment(prefix: string, seq: number, bytes: number): Promise<Segment> {
  const path = segmentPath(prefix, seq);
  const handle = await open(path, WRITE_FLAGS | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    const { bytesWritten } = await handle.write(Buffer.alloc(bytes), 0, bytes, 0);
    if (bytesWritten !== bytes) throw new Error(`access journal: zero-filled ${bytesWritten} of ${bytes} bytes`);
    await syncDirectory(dirname(path));
    return { path, handle, capacity: bytes, offset: 0, rows: [], writing: new Set() };
  } catch (err) {
    // a full disk must not leave a file the next open would have to read
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw err;
  }
}

/** The rows of a segment file's whole frames (journal-frame.ts). */
export async function readSegment(path: string): Promise<JournalRow[]> {
  return decodeSegment(await readFile(path));
}

/** Closes and deletes a segment whose rows are in the table (a crash before the deletion only repeats ids heldIds finds). */
export async function removeSegment(segment: Segment): Promise<void> {
  await segment.handle.close();
  await unlink(segment.path);
}
