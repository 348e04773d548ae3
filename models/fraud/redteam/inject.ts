// Appends scenario rows to the CSV files of an extract, in the file's own column order. A
// column a scenario sets that the file lacks, or a key that already exists in the base
// extract, is an error: the suite must never test something other than what it says.
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InjectedRows } from './context.js';
import type { InjectTable } from './types.js';

/** Primary key (or unique identifier) per injected table. */
const KEYS: Readonly<Record<InjectTable, readonly string[]>> = {
  members: ['nik', 'nomor_kartu'],
  facilities: ['facility_id'],
  employment_spells: ['spell_id'],
  claims: ['nomor_sep'],
  deaths: ['nik'],
  kkpak_cases: ['case_id'],
  doctors: ['doctor_id'],
  fktp_facilities: ['facility_id'],
  fktp_visits: ['visit_id'],
  membership_events: ['event_id'],
  prb_claims: ['prb_claim_id'],
};

function csvField(v: string): string {
  return /[",#\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Splits one CSV line (the base files quote fields holding commas, quotes or '#'). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Rows of a CSV file as objects (small files only: facilities, employers, truth). */
export async function readCsv(path: string): Promise<Array<Record<string, string>>> {
  const lines = (await readFile(path, 'utf8')).split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseCsvLine(lines[0] ?? '');
  return lines.slice(1).map((l) => {
    const f = parseCsvLine(l);
    return Object.fromEntries(header.map((h, i) => [h, f[i] ?? '']));
  });
}

async function existingKeys(path: string, header: readonly string[], columns: readonly string[]): Promise<Set<string>> {
  const idx = columns.map((c) => header.indexOf(c));
  const keys = new Set<string>();
  const text = await readFile(path, 'utf8');
  let first = true;
  for (const line of text.split('\n')) {
    if (first) {
      first = false;
      continue;
    }
    if (!line) continue;
    const f = parseCsvLine(line.replace(/\r$/, ''));
    for (const i of idx) if (i >= 0 && f[i]) keys.add(f[i]);
  }
  return keys;
}

export async function injectRows(extractDir: string, rows: InjectedRows): Promise<void> {
  for (const table of Object.keys(rows) as InjectTable[]) {
    const added = rows[table];
    if (added.length === 0) continue;
    const path = join(extractDir, `${table}.csv`);
    const text = await readFile(path, 'utf8');
    const header = parseCsvLine((text.split('\n')[0] ?? '').replace(/\r$/, ''));
    const taken = await existingKeys(path, header, KEYS[table]);
    const lines: string[] = [];
    for (const { scenario, row } of added) {
      for (const col of Object.keys(row)) if (!header.includes(col)) throw new Error(`${scenario}: ${table}.csv has no column ${col}`);
      for (const k of KEYS[table]) {
        const v = row[k];
        if (!v) continue;
        if (taken.has(v)) throw new Error(`${scenario}: ${table}.${k} ${v} already exists in the extract`);
        taken.add(v);
      }
      lines.push(header.map((h) => csvField(row[h] ?? '')).join(','));
    }
    await appendFile(path, `${text.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`);
  }
}
