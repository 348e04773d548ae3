// The access log's group commit: a row's promise settles only with the commit that holds
// it, a failed commit rejects every row of its batch (and only those), and rows arriving
// while a commit is in flight go in the next one (at once when maxInFlight allows it).
import { describe, expect, it } from 'vitest';
import { AppendBatcher } from './append-batcher.js';
import type { SqlValue } from './driver.js';

interface Commit {
  readonly rows: readonly (readonly SqlValue[])[];
  finish(): void;
  fail(err: Error): void;
}

/** A writer whose commits the test finishes or fails by hand. */
function heldWriter(): { commits: Commit[]; write: (rows: readonly (readonly SqlValue[])[]) => Promise<void> } {
  const commits: Commit[] = [];
  return {
    commits,
    write: (rows) =>
      new Promise<void>((resolve, reject) => {
        commits.push({ rows, finish: resolve, fail: reject });
      }),
  };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Settled state of a promise, read without waiting for it. */
function watch(p: Promise<void>): { state: 'pending' | 'resolved' | 'rejected' } {
  const seen = { state: 'pending' as 'pending' | 'resolved' | 'rejected' };
  p.then(
    () => (seen.state = 'resolved'),
    () => (seen.state = 'rejected'),
  );
  return seen;
}

describe('AppendBatcher', () => {
  it('resolves a row only once the commit holding it has finished', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100 });
    const rows = [['a'], ['b'], ['c']].map((r) => watch(batcher.append(r)));
    await turn();
    expect(w.commits).toHaveLength(1);
    expect(w.commits[0]?.rows).toEqual([['a'], ['b'], ['c']]);
    await turn();
    expect(rows.map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);
    w.commits[0]?.finish();
    await turn();
    expect(rows.map((r) => r.state)).toEqual(['resolved', 'resolved', 'resolved']);
  });

  it('puts rows that arrive during a commit in the next one, and waits for it', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100 });
    const first = watch(batcher.append(['a']));
    await turn();
    const second = watch(batcher.append(['b']));
    await turn();
    expect(w.commits).toHaveLength(1);
    w.commits[0]?.finish();
    await turn();
    expect(first.state).toBe('resolved');
    expect(second.state).toBe('pending');
    expect(w.commits).toHaveLength(2);
    expect(w.commits[1]?.rows).toEqual([['b']]);
    w.commits[1]?.finish();
    await turn();
    expect(second.state).toBe('resolved');
  });

  it('rejects every row of a failed commit and none of the next', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100 });
    const failed = [watch(batcher.append(['a'])), watch(batcher.append(['b']))];
    await turn();
    const later = watch(batcher.append(['c']));
    w.commits[0]?.fail(new Error('disk full'));
    await turn();
    expect(failed.map((r) => r.state)).toEqual(['rejected', 'rejected']);
    expect(later.state).toBe('pending');
    w.commits[1]?.finish();
    await turn();
    expect(later.state).toBe('resolved');
  });

  it('splits a burst into commits of at most maxRows, and drain waits for all of them', async () => {
    const written: number[] = [];
    const batcher = new AppendBatcher(
      async (rows) => {
        written.push(rows.length);
      },
      { windowMs: 0, maxRows: 4 },
    );
    const all = Array.from({ length: 10 }, (_, i) => batcher.append([i]));
    await batcher.drain();
    await Promise.all(all);
    expect(written).toEqual([4, 4, 2]);
  });
  it('writes a row appended as the previous commit settles (the next request after a response)', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100 });
    // the first row's callback runs before the batcher has marked its write finished
    const second = batcher.append(['a']).then(() => watch(batcher.append(['b'])));
    await turn();
    w.commits[0]?.finish();
    const seen = await second;
    await turn();
    expect(w.commits.map((c) => c.rows)).toEqual([[['a']], [['b']]]);
    w.commits[1]?.finish();
    await turn();
    expect(seen.state).toBe('resolved');
  });

  it('with maxInFlight 2, starts a second commit while the first is in flight; each row resolves with its own', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100, maxInFlight: 2 });
    const first = watch(batcher.append(['a']));
    await turn();
    const second = [watch(batcher.append(['b'])), watch(batcher.append(['c']))];
    await turn();
    expect(w.commits.map((c) => c.rows)).toEqual([[['a']], [['b'], ['c']]]);
    // the later commit finishes first: its rows are answered, the earlier one's are not
    w.commits[1]?.finish();
    await turn();
    expect(second.map((r) => r.state)).toEqual(['resolved', 'resolved']);
    expect(first.state).toBe('pending');
    w.commits[0]?.fail(new Error('disk full'));
    await turn();
    expect(first.state).toBe('rejected');
  });

  it('with every slot taken, gathers new rows for the first slot to free, and drain waits for all commits', async () => {
    const w = heldWriter();
    const batcher = new AppendBatcher(w.write, { windowMs: 0, maxRows: 100, maxInFlight: 2 });
    const rows = [watch(batcher.append(['a']))];
    await turn();
    rows.push(watch(batcher.append(['b'])));
    await turn();
    rows.push(watch(batcher.append(['c'])), watch(batcher.append(['d'])));
    await turn();
    expect(w.commits).toHaveLength(2);
    let drained = false;
    const drain = batcher.drain().then(() => (drained = true));
    w.commits[0]?.finish();
    await turn();
    expect(w.commits.map((c) => c.rows)).toEqual([[['a']], [['b']], [['c'], ['d']]]);
    expect(rows.map((r) => r.state)).toEqual(['resolved', 'pending', 'pending', 'pending']);
    w.commits[2]?.finish();
    await turn();
    expect(rows.map((r) => r.state)).toEqual(['resolved', 'pending', 'resolved', 'resolved']);
    expect(drained).toBe(false);
    w.commits[1]?.finish();
    await drain;
    expect(rows.map((r) => r.state)).toEqual(['resolved', 'resolved', 'resolved', 'resolved']);
  });

  it('refuses a maxInFlight that is not a whole number from 1', () => {
    const write = async () => undefined;
    expect(() => new AppendBatcher(write, { windowMs: 0, maxRows: 10, maxInFlight: 0 })).toThrow('maxInFlight');
    expect(() => new AppendBatcher(write, { windowMs: 0, maxRows: 10, maxInFlight: 1.5 })).toThrow('maxInFlight');
  });
});
