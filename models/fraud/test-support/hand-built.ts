// Test support: hand-built warehouse rows (claims, members, facilities, deaths, e-PLKK cases)
// inserted straight into the raw tables of an in-memory warehouse, with ordinary defaults
// that each scenario bends into one fraud signature or its near miss.
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';

export type Row = Record<string, string | number | null>;

/** An inpatient CBG with a 4-day norm, and its severity-III sibling (data-samples/reference). */
export const CBG = 'A-4-11-I';
export const CBG_SEVERE = 'A-4-11-III';
export const LOS_NORM = 4;

export const FACILITIES: Readonly<Record<string, Row>> = {
  jakarta1: {
    facility_id: '3171R001',
    facility_type: 'RSU',
    hospital_class: 'B',
    province_code: '31',
    regency_code: '3171',
    ownership: 'SWASTA',
    tariff_region: 1,
    latitude: -6.2,
    longitude: 106.8,
  },
  jakarta2: {
    facility_id: '3171R002',
    facility_type: 'RSU',
    hospital_class: 'B',
    province_code: '31',
    regency_code: '3171',
    ownership: 'PEMERINTAH',
    tariff_region: 1,
    latitude: -6.25,
    longitude: 106.85,
  },
  bandung: {
    facility_id: '3273R001',
    facility_type: 'RSU',
    hospital_class: 'C',
    province_code: '32',
    regency_code: '3273',
    ownership: 'PEMERINTAH',
    tariff_region: 1,
    latitude: -6.9,
    longitude: 107.6,
  },
  makassar: {
    facility_id: '7371R001',
    facility_type: 'RSU',
    hospital_class: 'B',
    province_code: '73',
    regency_code: '7371',
    ownership: 'SWASTA',
    tariff_region: 4,
    latitude: -5.1,
    longitude: 119.4,
  },
};

/**
 * A public class B general hospital of the regency and province its code begins with, in Central
 * Java (distances to the four hospitals above are large), bent by `over`.
 */
export const hospital = (facilityId: string, over: Row = {}): Row => ({
  facility_id: facilityId,
  facility_type: 'RSU',
  hospital_class: 'B',
  province_code: facilityId.slice(0, 2),
  regency_code: facilityId.slice(0, 4),
  ownership: 'PEMERINTAH',
  tariff_region: 1,
  latitude: -7,
  longitude: 110.4,
  ...over,
});

/** A birth date spread by the card (1950-1999), so that two hand-built members rarely share one (the same-episode-other-card detector compares them). */
function birthDateOf(card: string): string {
  let h = 7;
  for (const ch of card) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return new Date(Date.UTC(1950 + (h % 50), 0, 1) + (h % 365) * 86_400_000).toISOString().slice(0, 10);
}

export function member(card: string, over: Row = {}): Row {
  return {
    member_key: `m_${card}`,
    card_key: card,
    birth_date: birthDateOf(card),
    sex: 'L',
    province_code: '31',
    regency_code: '3171',
    jkn_segment: 'PBPU',
    care_class: 2,
    jkn_registered_date: '2014-01-01',
    bpjstk_registered_date: null,
    jht_opening_balance: null,
    ...over,
  };
}

/** The ISO date `days` days after `iso` (negative: before). */
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let serial = 0;
/** An ordinary 4-day inpatient claim at Jakarta 1, every tariff component Rp100,000. */
export function claim(card: string, over: Row = {}): Row {
  serial++;
  const masuk = String(over['tgl_masuk'] ?? '2024-03-10');
  const pulang = String(over['tgl_pulang'] ?? addDays(masuk, LOS_NORM));
  const components = Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, 100_000]));
  const row: Row = {
    nomor_sep: `3171R0010324V${String(serial).padStart(6, '0')}`,
    card_key: card,
    facility_id: '3171R001',
    tgl_sep: masuk,
    tgl_masuk: masuk,
    tgl_pulang: pulang,
    tgl_pengajuan: addDays(pulang, 5),
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
    diagnosa: 'A01.0#I10',
    procedure: null,
    coder_id: 'K3171R00101',
    kode_dpjp: `D3171R001${String(serial % 50).padStart(3, '0')}`,
    ...components,
    kode_inacbg: CBG,
    tarif_inacbg: 5_000_000,
    special_cmg: null,
    tarif_special_cmg: 0,
    billed_cost: 0,
    verified_cost: null,
    ...over,
  };
  // a doctor works at the facility of the claim (the same code at two distant facilities on one day is a phantom signal)
  if (over['kode_dpjp'] === undefined) row['kode_dpjp'] = `D${String(row['facility_id'])}${String(serial % 50).padStart(3, '0')}`;
  row['billed_cost'] = TARIFF_COMPONENTS.reduce((s, [name]) => s + Number(row[name] ?? 0), 0);
  return row;
}

/** The members and claims one test file builds, and the builder that fills them. */
export interface ClaimBook {
  readonly members: Row[];
  readonly claims: Row[];
  /** A claim of the card (its member made on its first claim, bent by `memberOver`), its SEP returned. */
  readonly add: (card: string, over?: Row, memberOver?: Row) => string;
}

export function claimBook(): ClaimBook {
  const members: Row[] = [];
  const claims: Row[] = [];
  return {
    members,
    claims,
    add(card: string, over: Row = {}, memberOver: Row = {}): string {
      if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
      const c = claim(card, over);
      claims.push(c);
      return String(c['nomor_sep']);
    },
  };
}

const sqlValue = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : literal(v));

/**
 * Rows a statement inserts at most: one INSERT per row cost a detector test a statement planned
 * per row (hundreds in the larger files); a run of consecutive rows with the same columns goes in
 * one statement, in the same order, each VALUES row cast to the table's columns as before.
 */
const ROWS_PER_INSERT = 200;

export async function insertRows(w: Warehouse, table: string, rows: readonly Row[]): Promise<void> {
  // lineage columns of the raw tables: a hand-built row comes from no file
  const lined = rows.map((given): Row => (table.startsWith('raw_') ? { _file_id: 0, _line: 0, ...given } : given));
  for (let start = 0; start < lined.length;) {
    const cols = Object.keys(lined[start] as Row);
    const sameColumns = (r: Row): boolean => {
      const keys = Object.keys(r);
      return keys.length === cols.length && keys.every((k, i) => k === cols[i]);
    };
    let end = start + 1;
    while (end < lined.length && end - start < ROWS_PER_INSERT && sameColumns(lined[end] as Row)) end++;
    const values = lined.slice(start, end).map((r) => `(${cols.map((c) => sqlValue(r[c] ?? null)).join(', ')})`);
    await w.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values.join(', ')}`);
    start = end;
  }
}
