// The warehouse lock across processes: a live holder keeps others out, a SIGKILLed one is
// taken over at once, a recycled pid or an abandoned entry from another machine is not
// taken for a holder, readers share, and openWarehouse holds the lock until close().
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from './warehouse.js';
import { lockDirOf, lockWarehouseFile, WarehouseLockedError } from './warehouse-lock.js';
import type { WarehouseLockOwner } from './warehouse-lock.js';

const HOLDER = fileURLToPath(new URL('./testing/hold-lock.ts', import.meta.url));

async function holdInChild(path: string, mode: 'read' | 'write'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, path, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => ['exited'])])) as string[];
  expect(line).toBe('holding');
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('warehouse lock', () => {
  let dir: string;
  let path: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-lock-'));
    path = join(dir, 'warehouse.duckdb');
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await kill(child);
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps writers and readers out while another process writes, and takes over once it is killed', async () => {
    const child = await holdInChild(path, 'write');
    children.push(child);
    const refused = await lockWarehouseFile(path, 'write').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(WarehouseLockedError);
    expect((refused as WarehouseLockedError).holder?.pid).toBe(child.pid);
    expect((refused as Error).message).toContain(`being written by process ${child.pid}`);
    await expect(lockWarehouseFile(path, 'read')).rejects.toBeInstanceOf(WarehouseLockedError);

    await kill(child);
    // No waiting for an age-out: the holder's process is gone, so its entry is stale now.
    const lock = await lockWarehouseFile(path, 'write');
    expect(JSON.parse(readFileSync(join(lockDirOf(path), 'writer'), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'write' });
    lock.release();
    expect(existsSync(lockDirOf(path))).toBe(false);
  });

  it('lets readers share and keeps a writer out until the last reader has gone, even a killed one', async () => {
    const child = await holdInChild(path, 'read');
    children.push(child);
    const mine = await lockWarehouseFile(path, 'read');
    await expect(lockWarehouseFile(path, 'write')).rejects.toThrow(/being read by (process|thread)/);
    mine.release();
    await expect(lockWarehouseFile(path, 'write')).rejects.toBeInstanceOf(WarehouseLockedError);
    await kill(child);
    (await lockWarehouseFile(path, 'write')).release();
  });

  it('waits for a holder that leaves', async () => {
    const first = await lockWarehouseFile(path, 'write');
    const second = lockWarehouseFile(path, 'write', { waitMs: 60_000 });
    let entered = false;
    void second.then(() => {
      entered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(entered).toBe(false);
    first.release();
    (await second).release();
  });

  it('does not take a recycled pid for the holder, and judges entries from other machines by age', async () => {
    const lockDir = lockDirOf(path);
    await mkdir(lockDir);
    const writer = join(lockDir, 'writer');
    const mine = JSON.parse(
      JSON.stringify(
        await (async () => {
          const l = await lockWarehouseFile(path, 'write');
          const owner = JSON.parse(readFileSync(writer, 'utf8')) as WarehouseLockOwner;
          l.release();
          return owner;
        })(),
      ),
    ) as WarehouseLockOwner;
    await mkdir(lockDir, { recursive: true });

    // pid 1 is alive, but it is not the process that wrote this entry (another start time).
    writeFileSync(writer, JSON.stringify({ ...mine, pid: 1, processStart: '-1', token: 'recycled' }));
    (await lockWarehouseFile(path, 'write')).release();

    await mkdir(lockDir, { recursive: true });
    writeFileSync(writer, JSON.stringify({ ...mine, pid: 999_999, machine: 'another-host', token: 'remote' }));
    await expect(lockWarehouseFile(path, 'read', { staleMs: 60_000 })).rejects.toThrow(/being written by process 999999 on another-host/);
    const old = new Date(Date.now() - 120_000);
    await utimes(writer, old, old);
    (await lockWarehouseFile(path, 'read', { staleMs: 60_000 })).release();
    expect(existsSync(writer)).toBe(false);
  });

  it('is held by an open warehouse until close(), and only then lets a writer in', async () => {
    const reader = await (async () => {
      const w = await openWarehouse(path);
      await w.close();
      return openWarehouse(path, { readOnly: true });
    })();
    await expect(openWarehouse(path)).rejects.toBeInstanceOf(WarehouseLockedError);
    const second = await openWarehouse(path, { readOnly: true });
    await second.close();
    await reader.close();
    const writer = await openWarehouse(path);
    await expect(openWarehouse(path, { readOnly: true })).rejects.toThrow(/being written by thread \d+ of this process/);
    await writer.close();
    expect(existsSync(lockDirOf(path))).toBe(false);
  });
});
