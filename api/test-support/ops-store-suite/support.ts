// OpsStore suite: the store under test as each scenario file sees it, and the values they write.
import { randomUUID } from 'node:crypto';
import type { OpsStore } from '../../store/ops-store.js';

export interface StoreUnderTest {
  readonly store: OpsStore;
  /**
   * Opens the same database again as a restarted or second instance would (migrations
   * must find it current); the returned store replaces `store` from then on.
   */
  reopen(): Promise<OpsStore>;
  /** Runs raw SQL around the interface (to prove the database itself refuses). */
  raw(sql: string): Promise<unknown>;
  /**
   * Opens a second store of the same kind on a new, empty database (its tables have never
   * held a row); `cleanup` removes it too. The caller closes the store.
   */
  openEmpty(): Promise<OpsStore>;
  cleanup(): Promise<void>;
}

/** What every scenario reads when it runs: `store` changes when the first scenario reopens the database. */
export interface SuiteState {
  readonly t: StoreUnderTest;
  readonly store: OpsStore;
}

export const hash = (): string => randomUUID().replace(/-/g, '').padEnd(64, '0');
/** `n` characters that say which row and field they belong to, so a value read from another row shows. */
export const tagged = (tag: string, n: number): string => `${tag}:`.padEnd(n, tag.slice(-1));
/** Rows in a stable order, for lists whose order among same-millisecond rows is by random id. */
export const sorted = <T>(rows: readonly T[]): T[] =>
  rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as T);
export const inDays = (days: number): Date => new Date(Date.now() + days * 86_400_000);
