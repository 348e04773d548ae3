// The access journal's promise (access-journal.ts): a batch is on disk when its write
// resolves, reaches the table only through a move, is moved exactly once (a failed move is
// retried from disk, a crash's leftovers are moved at the next open without repeating rows
// the table already holds), and a frame torn by a crash is skipped, not misread.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { AccessJournal } from './access-journal.js';
import type { JournalRow } from './access-journal.js';
import { journalFrame } from './journal-frame.js';
import { readSegment, segmentPath } from './journal-segment.js';
import { journalRow as row, memoryTable } from './test-support/journal-table.js';
import { openOpsStore } from '../open-store.js';

let dir: string;
let prefix: string;
const files = () => readdirSync(dir).sort();
async function onDisk(): Promise<JournalRow[]> {
  const rows: JournalRow[] = [];
  for (const f of files()) rows.push(...(await readSegment(join(dir, f))));
  return rows;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'telisik-journal-'));
  prefix = join(dir, 'ops.duckdb.access-journal');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('AccessJournal', () => {
  it('has a batch on disk when its write resolves, in the table only once moved, and leaves no file after close', async () => {
    const table = memoryTable();
    const journal = await AccessJournal.open(prefix, table);
    await journal.write([row('a'), row('b', null)]);
    expect(await onDisk()).toEqual([row('a'), row('b', null)]);
    expect(table.rows).toEqual([]);
    await journal.settle();
    expect(table.rows).toEqual([row('a'), row('b', null)]);
    // the moved segment is gone; the current one is empty
    expect(await onDisk()).toEqual([]);
    await journal.write([row('c')]);
    await journal.close();
    expect(table.rows.map((r) => r[0])).toEqual(['a', 'b', 'c']);
    expect(files()).toEqual([]);
  });

  it('keeps the rows of a failed move on disk and moves them, once, on the next try', async () => {
    const table = memoryTable();
    const journal = await AccessJournal.open(prefix, table);
    await journal.write([row('a')]);
    table.failNext = true;
    await expect(journal.settle()).rejects.toThrow('disk full');
    expect(table.rows).toEqual([]);
    expect(await onDisk()).toEqual([row('a')]);
    await journal.write([row('b')]);
    await journal.settle();
    expect(table.rows.map((r) => r[0])).toEqual(['a', 'b']);
    await journal.close();
    expect(table.rows).toHaveLength(2);
  });

  it("moves a crash's leftovers at the next open: whole frames once, torn frames and rows already in the table not", async () => {
    const torn = journalFrame([row('c')]);
    writeFileSync(segmentPath(prefix, 1), Buffer.concat([journalFrame([row('a'), row('b')]), torn.subarray(0, torn.length - 5)]));
    // a crash can leave zeros where an unanswered write did not land
    writeFileSync(segmentPath(prefix, 2), Buffer.concat([Buffer.alloc(7), journalFrame([row('d')])]));
    // a failed write can leave part of its frame, then the next batch is written after it
    const failed = journalFrame([row('x')]);
    writeFileSync(segmentPath(prefix, 3), Buffer.concat([failed.subarray(0, 20), journalFrame([row('e')])]));
    // b was moved before the crash, its segment not yet deleted
    const table = memoryTable([row('b')]);
    const journal = await AccessJournal.open(prefix, table);
    expect(table.rows.map((r) => r[0]).sort()).toEqual(['a', 'b', 'd', 'e']);
    // the new current segment and its spare
    expect(files()).toEqual([segmentPath(prefix, 4), segmentPath(prefix, 5)].map((p) => p.slice(dir.length + 1)));
    await journal.close();
    expect(files()).toEqual([]);
  });

  it('keeps writes in flight at once whole and apart on disk, and moves each row once', async () => {
    const table = memoryTable();
    const journal = await AccessJournal.open(prefix, table);
    const ids = Array.from({ length: 40 }, (_, i) => `r${i}`);
    // 20 batches of two rows, none awaited before the next starts (the group commit's slots)
    await Promise.all(Array.from({ length: 20 }, (_, b) => journal.write([row(ids[2 * b]!), row(ids[2 * b + 1]!)])));
    expect((await onDisk()).map((r) => r[0]).sort()).toEqual([...ids].sort());
    await journal.close();
    expect(table.rows.map((r) => r[0]).sort()).toEqual([...ids].sort());
    expect(files()).toEqual([]);
  });
});

describe('the DuckDB store with its access journal', () => {
  it('reads journalled rows as soon as their append resolves, and moves what a crash left behind at open, once', async () => {
    const location = join(dir, 'ops.duckdb');
    const memberKey = `m-${randomUUID()}`;
    const entry = { bankClientId: 'bank-a', memberKey, consentId: 'c-1', purpose: 'credit_scoring', modelVersion: 'v1' };
    let store = await openOpsStore(`duckdb:${location}`);
    const first = await store.appendScoreAccess({ ...entry, score: 700 });
    // no wait for the journal's timer: the read moves what is journalled first
    expect(await store.countScoreAccess({ memberKey })).toBe(1);
    await store.close();
    expect(files()).toEqual(['ops.duckdb']);

    // A crash after a move's commit, before its segment was deleted, then one more batch on disk.
    const journalled = (id: string, at: Date, score: number) => [
      id,
      'bank-a',
      memberKey,
      'c-1',
      'credit_scoring',
      at.toISOString(),
      score,
      'v1',
    ];
    const later = new Date(first.accessedAt.getTime() + 1_000);
    const left = [journalled(first.id, first.accessedAt, 700), journalled(randomUUID(), later, 650)];
    writeFileSync(segmentPath(`${location}.access-journal`, 7), journalFrame(left));
    store = await openOpsStore(`duckdb:${location}`);
    try {
      expect((await store.listScoreAccess({ memberKey })).map((r) => [r.id, r.score])).toEqual([
        [left[1]![0], 650],
        [first.id, 700],
      ]);
    } finally {
      await store.close();
    }
    expect(files()).toEqual(['ops.duckdb']);
  });

  it('logs every one of many appends made at once (several journal writes in flight), once each', async () => {
    const location = join(dir, 'ops.duckdb');
    const memberKey = `m-${randomUUID()}`;
    const store = await openOpsStore(`duckdb:${location}`);
    try {
      const entry = { bankClientId: 'bank-a', memberKey, consentId: 'c-1', purpose: 'credit_scoring', modelVersion: 'v1' };
      // appends arriving over several event-loop turns, as concurrent requests do
      const turns = async (n: number) => {
        for (let t = 0; t < n; t++) await new Promise<void>((resolve) => setImmediate(resolve));
      };
      const appended = await Promise.all(
        Array.from({ length: 60 }, (_, i) => turns(i % 6).then(() => store.appendScoreAccess({ ...entry, score: 600 + i }))),
      );
      const logged = await store.listScoreAccess({ memberKey, limit: 100 });
      expect(logged.map((r) => r.id).sort()).toEqual(appended.map((r) => r.id).sort());
    } finally {
      await store.close();
    }
    expect(files()).toEqual(['ops.duckdb']);
  });
});
