// Test fixtures: small hand-built source files (CSV, NDJSON, Parquet) with valid default
// rows that each test bends into one defect, a tiny reference list, and a temp warehouse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TARIFF_COMPONENTS, tableDef } from '../../../data-samples/schema/index.js';
import type { ReferenceListName, TableName } from '../../../data-samples/schema/index.js';
import type { ReferenceCodes } from '../../warehouse/references.js';

export type Row = Record<string, string | number | null>;

export const TEST_KEY = 'test-pseudonym-key-0123456789abcdef';

/** A tiny, stable stand-in for data-samples/reference, so tests do not follow its edits. */
const REFERENCE_FIXTURE: Record<ReferenceListName, readonly string[]> = {
  icd10: ['A01.0', 'J18.9', 'S72.0', 'I10'],
  icd9cm: ['79.35', '81.51', '99.04'],
  inacbg: ['J-4-16-I', 'S-1-10-II', 'I-4-12-III'],
  province: ['11', '31', '32', '35'],
  sector: ['A', 'C', 'F'],
  fraud_type: ['UPCODING', 'CLONING'],
  holiday: ['2024-01-01', '2024-04-10'],
};
export const testReferences: ReferenceCodes = (list) => REFERENCE_FIXTURE[list];

/** Well-formed NIKs: province 31/32, DDMMYY valid (DD+40 for the women), 4-digit serial. */
export const NIKS = ['3171011505850001', '3271025203900002', '3171036112000003', '3578042902000004'] as const;
export const CARDS = ['0001234567890', '0009876543210', '0001112223334', '0004445556667'] as const;

export function contribution(i: number, over: Row = {}): Row {
  return {
    contribution_id: `C${i}`,
    nik: NIKS[i % NIKS.length]!,
    agency: 'TK',
    employer_id: '12345678',
    period: '2024-01-01',
    due_date: '2024-02-15',
    paid_date: '2024-02-10',
    amount_due: 370000,
    amount_paid: 370000,
    jkn_due: 0,
    jht_due: 200000,
    jkk_due: 20000,
    jkm_due: 30000,
    jp_due: 120000,
    ...over,
  };
}

export function claim(i: number, over: Row = {}): Row {
  const tariffs = Object.fromEntries(TARIFF_COMPONENTS.map(([name], k) => [name, k < 3 ? 1000000 : 0]));
  return {
    nomor_sep: `3171R0010124V${String(i).padStart(6, '0')}`,
    nomor_kartu: CARDS[i % CARDS.length]!,
    facility_id: '3171R001',
    tgl_sep: '2024-01-05',
    tgl_masuk: '2024-01-05',
    tgl_pulang: '2024-01-09',
    tgl_pengajuan: '2024-01-20',
    jenis_rawat: 1,
    kelas_rawat: 2,
    discharge_status: 1,
    icu_indikator: 0,
    icu_los: 0,
    ventilator_hour: 0,
    upgrade_class_ind: 0,
    upgrade_class_class: null,
    upgrade_class_los: 0,
    upgrade_class_payor: null,
    diagnosa: 'J18.9#I10',
    procedure: '99.04',
    coder_id: 'CD01',
    kode_dpjp: 'DR01',
    ...tariffs,
    kode_inacbg: 'J-4-16-I',
    tarif_inacbg: 4500000,
    special_cmg: null,
    tarif_special_cmg: 0,
    billed_cost: 3000000,
    verified_cost: 4500000,
    ...over,
  };
}

export function doctor(i: number, over: Row = {}): Row {
  return { doctor_id: `DR${String(i).padStart(8, '0')}`, specialty: 'SP_PD', licensed_facilities: '3171R001', ...over };
}

/** The SEP and referral fields of a claim (contract columns older extracts lack), consistent with claim()'s stay. */
export const SEP_FIELDS: Row = {
  no_rujukan: '3171P0010124B000001',
  ppk_rujukan: '3171P001',
  tgl_rujukan: '2024-01-03',
  asal_rujukan: 1,
  jenis_pelayanan: 'RAWAT_INAP',
  waktu_masuk: '2024-01-05 09:15:00',
  waktu_pulang: '2024-01-09 11:00:00',
  waktu_operasi: null,
  lateralitas: 'N',
};

export function member(i: number, over: Row = {}): Row {
  return {
    nik: NIKS[i % NIKS.length]!,
    nomor_kartu: CARDS[i % CARDS.length]!,
    birth_date: '1985-05-15',
    sex: 'L',
    province_code: '31',
    regency_code: '3171',
    jkn_segment: 'PPU',
    care_class: 2,
    jkn_registered_date: '2014-01-01',
    bpjstk_registered_date: '2010-03-01',
    jht_opening_balance: 5000000,
    ...over,
  };
}

const csvField = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV text with the contract's columns (or `columns`) in order; `extraLines` inserted raw. */
export function toCsv(table: TableName, rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? tableDef(table).columns.map((c) => c.name);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

export function toNdjson(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export interface Workspace {
  readonly dir: string;
  readonly dbPath: string;
  write(name: string, content: string): string;
  /** Writes rows as Parquet through DuckDB (column types inferred from the NDJSON values). */
  writeParquet(name: string, rows: readonly Row[]): Promise<string>;
  remove(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-ingest-'));
  const write = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return {
    dir,
    dbPath: join(dir, 'warehouse.duckdb'),
    write,
    async writeParquet(name, rows) {
      const json = write(`${name}.tmp.ndjson`, toNdjson(rows));
      const path = join(dir, name);
      const instance = await DuckDBInstance.create(':memory:', {
        autoinstall_known_extensions: 'false',
        autoload_known_extensions: 'false',
      });
      const connection = await instance.connect();
      await connection.run(`COPY (SELECT * FROM read_json('${json}', format = 'newline_delimited')) TO '${path}' (FORMAT parquet)`);
      connection.closeSync();
      instance.closeSync();
      rmSync(json);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
