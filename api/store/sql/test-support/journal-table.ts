// The access journal's target (access-journal.ts) as a table in memory, for the journal's
// tests: moves append rows, `failNext` makes the next move fail as a full disk would, and
// heldIds answers from what was moved (or held from the start).
import type { JournalRow, JournalTarget } from '../access-journal.js';

export interface MemoryTable extends JournalTarget {
  readonly rows: JournalRow[];
  /** Successful moves so far. */
  moves: number;
  failNext: boolean;
}

export function memoryTable(held: JournalRow[] = []): MemoryTable {
  const table: MemoryTable = {
    rows: [...held],
    moves: 0,
    failNext: false,
    async moveRows(rows: readonly JournalRow[]) {
      if (table.failNext) {
        table.failNext = false;
        throw new Error('disk full');
      }
      table.moves++;
      table.rows.push(...rows);
    },
    async heldIds(rows: readonly JournalRow[]) {
      const ids = new Set(table.rows.map((r) => String(r[0])));
      return new Set(rows.map((r) => String(r[0])).filter((id) => ids.has(id)));
    },
  };
  return table;
}

/** An access-log row as the journal holds it; only the id (column 0) and score vary. */
export const journalRow = (id: string, score: number | null = 700): JournalRow => [
  id,
  'bank',
  'member',
  'consent',
  'credit_scoring',
  '2026-12-06T08:00:00.000Z',
  score,
  'v1',
];
