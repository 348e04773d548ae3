// Checks of one claim of a red-team round beyond the source form every round writes
// (declarations.ts): the SEP-era columns of a current extract (round 4 on) and a DPJP the
// doctor registry licenses where the claim was treated.
import { expect } from 'vitest';
import type { RedTeamContext } from '../context.js';
import type { SourceRow } from '../types.js';

/** A check of one claim of the round, made for the built context (to read the round's other tables). */
export type ClaimCheck = (ctx: RedTeamContext) => (id: string, row: SourceRow) => void;

const hoursBetween = (from: string, to: string): number =>
  (Date.parse(to.replace(' ', 'T')) - Date.parse(from.replace(' ', 'T'))) / 3_600_000;

/** The SEP-era fields of a current extract (SCHEMA.md), consistent with the stay and with the P-Care visit behind its referral. */
export const SEP_ERA: ClaimCheck = (ctx) => {
  const visits = new Map(ctx.rows.fktp_visits.map(({ row }) => [row['no_rujukan'], row]));
  return (id, row) => {
    expect(row['jenis_pelayanan'], id).toMatch(/^(RAWAT_INAP|RAWAT_JALAN|IGD)$/);
    expect(row['waktu_masuk']!.slice(0, 10), id).toBe(row['tgl_masuk']);
    expect(row['waktu_pulang']!.slice(0, 10), id).toBe(row['tgl_pulang']);
    expect(row['waktu_pulang']! > row['waktu_masuk']!, id).toBe(true);
    expect(Number(row['ventilator_hour']), id).toBeLessThanOrEqual(hoursBetween(row['waktu_masuk']!, row['waktu_pulang']!));
    if (row['waktu_operasi'])
      expect(row['waktu_operasi'] >= row['waktu_masuk']! && row['waktu_operasi'] <= row['waktu_pulang']!, id).toBe(true);
    expect(row['lateralitas']!.split('#').filter(Boolean), id).toHaveLength(row['procedure'] ? row['procedure'].split('#').length : 0);
    if (row['jenis_pelayanan'] === 'IGD') {
      expect(row['no_rujukan'], id).toBe('');
      return;
    }
    expect(row['no_rujukan'], id).toMatch(/^[0-9]{4}[RPK][0-9]{3}[0-9]{4}[A-Z][0-9]{6}$/);
    expect(row['no_rujukan']!.slice(0, 8), id).toBe(row['ppk_rujukan']);
    expect(row['asal_rujukan'], id).toBe(row['ppk_rujukan']![4] === 'R' ? '2' : '1');
    // a primary-care letter names the hospital it was written for, never before the date it bears
    const visit = visits.get(row['no_rujukan']);
    if (visit) {
      expect(visit['ppk_tujuan'], id).toBe(row['facility_id']);
      expect(visit['tgl_kunjungan']! >= row['tgl_rujukan']!, id).toBe(true);
    }
  };
};

/** The DPJP is in the doctor registry, licensed at the facility of the claim (Permenkes 2052/2011). */
export const LICENSED_DPJP: ClaimCheck = (ctx) => {
  const licences = new Map(ctx.rows.doctors.map(({ row }) => [row['doctor_id'], (row['licensed_facilities'] ?? '').split('#')]));
  return (id, row) => expect(licences.get(row['kode_dpjp']), id).toContain(row['facility_id']);
};
