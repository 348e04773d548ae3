// The zero-filled segments of the access journal (journal-segment.ts, journal-frame.ts):
// recovery reads every whole frame and nothing else (a torn last frame, the zero tail, the
// hole of a write still in flight at the crash, a segment prepared but never written, lines
// of the earlier format), and a batch that does not fit its segment goes on in the spare
// without losing or repeating a row.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessJournal } from './access-journal.js';
import type { JournalRow } from './access-journal.js';
import { decodeSegment, journalFrame } from './journal-frame.js';
import { readSegment, segmentPath } from './journal-segment.js';
import { journalRow as row, memoryTable } from './test-support/journal-table.js';

let dir: string;
let prefix: string;
const files = (at = dir) => readdirSync(at).sort();
const ids = (rows: readonly JournalRow[]) => rows.map((r) => String(r[0]));
/** A zero-filled segment of `bytes` with `parts` written from its start, as the journal leaves one. */
const segment = (bytes: number, ...parts: Buffer[]): Buffer => {
  const out = Buffer.alloc(bytes);
  Buffer.concat(parts).copy(out);
  return out;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'telisik-journal-segments-'));
  prefix = join(dir, 'ops.duckdb.access-journal');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a segment', () => {
  it('reads the whole frames before a zero tail and ignores a torn last frame', () => {
    const torn = journalFrame([row('c')]);
    const bytes = segment(4096, journalFrame([row('a')]), journalFrame([row('b')]), torn.subarray(0, torn.length - 3));
    expect(ids(decodeSegment(bytes))).toEqual(['a', 'b']);
    expect(decodeSegment(Buffer.alloc(4096))).toEqual([]);
  });

  it('reads a frame written after the hole of a write that had not landed (writes in flight at once)', () => {
    const missing = journalFrame([row('b')]);
    const bytes = segment(4096, journalFrame([row('a')]), Buffer.alloc(missing.length), journalFrame([row('c')]));
    expect(ids(decodeSegment(bytes))).toEqual(['a', 'c']);
  });

  it('does not read a frame whose length or payload the crash tore, even when the bytes after it are whole', () => {
    const frame = journalFrame([row('a'), row('b')]);
    // the payload's last byte changed: the CRC no longer matches
    const changed = Buffer.from(frame);
    changed.writeUInt8(changed.readUInt8(changed.length - 2) ^ 0x01, changed.length - 2);
    // the length torn to a shorter frame: the CRC covers the length too
    const shorter = Buffer.from(frame);
    shorter.writeUInt32LE(shorter.readUInt32LE(4) - 10, 4);
    expect(decodeSegment(segment(4096, changed))).toEqual([]);
    expect(decodeSegment(segment(4096, shorter))).toEqual([]);
    expect(ids(decodeSegment(segment(4096, changed, shorter, journalFrame([row('c')]))))).toEqual(['c']);
  });

  it('reads the line-based segments an earlier version left, skipping their torn lines', () => {
    const line = (rows: JournalRow[]) => {
      const json = JSON.stringify(rows);
      return `\n${createHash('sha256').update(json).digest('hex').slice(0, 16)} ${json}\n`;
    };
    const torn = line([row('c')]);
    const bytes = Buffer.concat([Buffer.alloc(3), Buffer.from(line([row('a')]) + line([row('b')]) + torn.slice(0, -4))]);
    expect(ids(decodeSegment(bytes))).toEqual(['a', 'b']);
  });
});

describe('AccessJournal segments', () => {
  it('prepares the current segment and a spare as zero-filled files before the first write', async () => {
    const journal = await AccessJournal.open(prefix, memoryTable(), { segmentBytes: 8192 });
    expect(files()).toEqual([segmentPath(prefix, 1), segmentPath(prefix, 2)].map((p) => p.slice(dir.length + 1)));
    for (const f of files()) expect(statSync(join(dir, f)).size).toBe(8192);
    await journal.write([row('a')]);
    // the write overwrote zeros: the file did not grow
    expect(statSync(segmentPath(prefix, 1)).size).toBe(8192);
    expect(ids(await readSegment(segmentPath(prefix, 1)))).toEqual(['a']);
    await journal.close();
    expect(files()).toEqual([]);
  });

  it('moves nothing from segments a crash left prepared but never written, and deletes them', async () => {
    const table = memoryTable();
    const first = await AccessJournal.open(prefix, table, { segmentBytes: 8192 });
    // the crash: the files as they are now (current and spare, zeros), plus a spare cut off while being filled
    const crashed = join(dir, 'crashed');
    mkdirSync(crashed);
    for (const f of files().filter((f) => f !== 'crashed')) copyFileSync(join(dir, f), join(crashed, f));
    writeFileSync(segmentPath(join(crashed, 'ops.duckdb.access-journal'), 3), Buffer.alloc(1000));
    const second = await AccessJournal.open(join(crashed, 'ops.duckdb.access-journal'), table, { segmentBytes: 8192 });
    expect(table.moves).toBe(0);
    expect(files(crashed)).toEqual(['ops.duckdb.access-journal.000000004', 'ops.duckdb.access-journal.000000005']);
    await second.write([row('a')]);
    await second.close();
    await first.close();
    expect(ids(table.rows)).toEqual(['a']);
    expect(files(crashed)).toEqual([]);
  });

  it("moves a crash's written rows once from a snapshot of the files taken while the journal ran", async () => {
    const table = memoryTable();
    const running = await AccessJournal.open(prefix, table, { segmentBytes: 8192 });
    await running.write([row('a'), row('b')]);
    await running.write([row('c')]);
    const crashed = join(dir, 'crashed');
    mkdirSync(crashed);
    for (const f of files().filter((f) => f !== 'crashed')) copyFileSync(join(dir, f), join(crashed, f));
    const recovered = memoryTable();
    const after = await AccessJournal.open(join(crashed, 'ops.duckdb.access-journal'), recovered, { segmentBytes: 8192 });
    expect(ids(recovered.rows).sort()).toEqual(['a', 'b', 'c']);
    await after.close();
    await running.close();
    expect(ids(table.rows).sort()).toEqual(['a', 'b', 'c']);
  });

  it('switches to the spare when a batch does not fit, with the batches before it still in flight', async () => {
    const table = memoryTable();
    const frameBytes = journalFrame([row('a0')]).length;
    // room for two frames: the third of three writes in flight goes to the spare
    const journal = await AccessJournal.open(prefix, table, { segmentBytes: 2 * frameBytes });
    await Promise.all(['a0', 'a1', 'a2'].map((id) => journal.write([row(id)])));
    expect(ids(await readSegment(segmentPath(prefix, 1))).sort()).toEqual(['a0', 'a1']);
    expect(ids(await readSegment(segmentPath(prefix, 2)))).toEqual(['a2']);
    expect(statSync(segmentPath(prefix, 1)).size).toBe(2 * frameBytes);
    await journal.settle();
    expect(ids(table.rows).sort()).toEqual(['a0', 'a1', 'a2']);
    expect(files().includes(segmentPath(prefix, 1).slice(dir.length + 1))).toBe(false);
    await journal.close();
    expect(files()).toEqual([]);
  });

  it('logs every row once when many writes in flight outrun the spares (small segments, written past their zeros)', async () => {
    const table = memoryTable();
    // smaller than one frame: every segment takes one batch at least, most take more past their zeros
    const journal = await AccessJournal.open(prefix, table, { segmentBytes: 64 });
    const batches = Array.from({ length: 30 }, (_, b) => [row(`r${b}-0`), row(`r${b}-1`)]);
    const written = batches.map((rows, b) => (b % 10 === 9 ? journal.settle().then(() => journal.write(rows)) : journal.write(rows)));
    await Promise.all(written);
    await journal.close();
    expect(ids(table.rows).sort()).toEqual(ids(batches.flat()).sort());
    expect(files()).toEqual([]);
  });
});
