// The fourth red-team round without a pipeline run: every scenario is well declared, covers
// the weakest taxonomy types, and builds rows in the source form of SCHEMA.md, including the
// SEP-era columns (referral, service, times, laterality) and the new tables (doctors, FKTPs,
// P-Care visits, PRB claims, family cards) the context now writes.
import { describe, expect, it } from 'vitest';
import { RedTeamContext } from '../context.js';
import { validateScenario } from '../judge.js';
import { PARKED_SCENARIOS, SCENARIOS } from './index.js';
import { ROUND4_SCENARIOS } from './round4.js';

const BASE = {
  // stand-in hospitals of a base extract, every class represented
  facilities: Array.from({ length: 24 }, (_, i) => ({
    facility_id: `35${String(10 + i)}R001`,
    hospital_class: 'ABCD'[i % 4] ?? 'C',
    ownership: 'SWASTA',
    tariff_region: '1',
    regency_code: `35${String(10 + i)}`,
    latitude: '-7.3',
    longitude: '112.7',
  })),
  fraudulentFacilities: new Set<string>(),
  employerIds: ['12345678'],
};

function built(): RedTeamContext {
  const ctx = new RedTeamContext(BASE);
  for (const s of ROUND4_SCENARIOS) {
    ctx.begin(s.id);
    expect(validateScenario(s, s.build(ctx)), s.id).toEqual([]);
  }
  return ctx;
}

describe('red team, round 4: declarations', () => {
  it('uses unique ids of the round-4 range, 20-30 scenarios, at least half fraud, weighted to the weakest types', () => {
    const ids = ROUND4_SCENARIOS.map((s) => s.id);
    for (const id of ids) expect(id).toMatch(/^RT-(NM-)?[A-Z]+-4[1-9]$/);
    expect(new Set(ids).size).toBe(ids.length);
    const all = [...SCENARIOS, ...PARKED_SCENARIOS].map((s) => s.id);
    expect(new Set(all).size, 'no id clashes with another round').toBe(all.length);
    for (const id of ids)
      expect(
        SCENARIOS.map((s) => s.id),
        id,
      ).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids.length).toBeLessThanOrEqual(30);
    const fraud = ROUND4_SCENARIOS.filter((s) => s.kind === 'fraud');
    expect(fraud.length * 2).toBeGreaterThanOrEqual(ids.length);
    const per = (code: string) => fraud.filter((s) => s.code === code).length;
    for (const weak of ['UNNECESSARY_TREATMENT', 'UPCODING', 'SELF_REFERRAL', 'PROLONGED_LOS', 'CLONING', 'CANCELLED_SERVICE'])
      expect(per(weak), weak).toBeGreaterThanOrEqual(2);
  });

  it('builds claims in the source form, SEP-era columns included and consistent', () => {
    const ctx = built();
    const visits = new Map(ctx.rows.fktp_visits.map(({ row }) => [row['no_rujukan'], row]));
    for (const { scenario: id, row } of ctx.rows.claims) {
      expect(row['nomor_sep'], id).toMatch(/^[0-9]{4}R[0-9]{3}[0-9]{4}V[0-9]{6}$/);
      const components = Object.entries(row).filter(([k]) => k.startsWith('tarif_') && !['tarif_inacbg', 'tarif_special_cmg'].includes(k));
      expect(components, id).toHaveLength(18);
      expect(
        components.reduce((a, [, v]) => a + Number(v), 0),
        id,
      ).toBe(Number(row['billed_cost']));
      expect(row['tgl_masuk']! >= '2026-01-01' && row['tgl_pulang']! <= '2026-05-31', id).toBe(true);
      // every round-4 claim carries the SEP-era fields of a current extract
      expect(row['jenis_pelayanan'], id).toMatch(/^(RAWAT_INAP|RAWAT_JALAN|IGD)$/);
      expect(row['waktu_masuk']!.slice(0, 10), id).toBe(row['tgl_masuk']);
      expect(row['waktu_pulang']!.slice(0, 10), id).toBe(row['tgl_pulang']);
      expect(row['waktu_pulang']! > row['waktu_masuk']!, id).toBe(true);
      const hours = (Date.parse(row['waktu_pulang']!.replace(' ', 'T')) - Date.parse(row['waktu_masuk']!.replace(' ', 'T'))) / 3_600_000;
      expect(Number(row['ventilator_hour']), id).toBeLessThanOrEqual(hours);
      if (row['waktu_operasi'])
        expect(row['waktu_operasi'] >= row['waktu_masuk']! && row['waktu_operasi'] <= row['waktu_pulang']!, id).toBe(true);
      expect(row['lateralitas']!.split('#').filter(Boolean), id).toHaveLength(row['procedure'] ? row['procedure'].split('#').length : 0);
      if (row['jenis_pelayanan'] === 'IGD') expect(row['no_rujukan'], id).toBe('');
      else {
        expect(row['no_rujukan'], id).toMatch(/^[0-9]{4}[RPK][0-9]{3}[0-9]{4}[A-Z][0-9]{6}$/);
        expect(row['no_rujukan']!.slice(0, 8), id).toBe(row['ppk_rujukan']);
        expect(row['asal_rujukan'], id).toBe(row['ppk_rujukan']![4] === 'R' ? '2' : '1');
        // a primary-care letter names the hospital it was written for, never before the date it bears
        const visit = visits.get(row['no_rujukan']);
        if (visit) {
          expect(visit['ppk_tujuan'], id).toBe(row['facility_id']);
          expect(visit['tgl_kunjungan']! >= row['tgl_rujukan']!, id).toBe(true);
        }
      }
    }
  });

  it('writes the new tables in the source form: doctors, FKTPs, P-Care visits, PRB claims, family cards', () => {
    const ctx = built();
    for (const { row } of ctx.rows.doctors) {
      expect(row['doctor_id']).toMatch(/^[A-Z0-9]{4,16}$/);
      expect(row['licensed_facilities']).toMatch(/^[0-9]{4}[RPK][0-9]{3}(#[0-9]{4}[RPK][0-9]{3}){0,2}$/);
    }
    for (const { row } of ctx.rows.fktp_facilities) expect(row['facility_id']).toMatch(/^[0-9]{4}[PK][0-9]{3}$/);
    for (const { row } of ctx.rows.fktp_visits)
      if (row['no_rujukan']) expect(row['no_rujukan']).toMatch(/^[0-9]{4}[PK][0-9]{3}[0-9]{4}B[0-9]{6}$/);
    for (const { row } of ctx.rows.prb_claims) {
      expect(row['apotek_id']).toMatch(/^[0-9]{4}A[0-9]{3}$/);
      expect(Number(row['hari_obat'])).toBeLessThanOrEqual(30);
    }
    const withCard = ctx.rows.members.filter(({ row }) => row['nomor_kk']);
    expect(withCard.length).toBeGreaterThan(0);
    for (const { row } of withCard) {
      expect(row['nomor_kk']).toMatch(/^[0-9]{16}$/);
      expect(row['nomor_kk']!.slice(0, 2)).toBe(row['province_code']);
    }
    // every DPJP of the round is in the registry, licensed where it treats
    const licences = new Map(ctx.rows.doctors.map(({ row }) => [row['doctor_id'], (row['licensed_facilities'] ?? '').split('#')]));
    for (const { scenario: id, row } of ctx.rows.claims) expect(licences.get(row['kode_dpjp']), id).toContain(row['facility_id']);
  });

  it('refuses SEP-era rows that ingestion would quarantine, naming the scenario', () => {
    const ctx = new RedTeamContext(BASE);
    ctx.begin('RT-GUARD-41');
    const rs = ctx.cleanHost('C');
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const m = ctx.member({ sex: 'L', birthDate: '1970-01-01', segment: 'PBI', careClass: 3, regency: rs.regency });
    const stay = { member: m, facility: rs, masuk: '2026-02-02', cbg: 'J-4-20-III', dx: ['J96.0'], px: ['96.72'] } as const;
    const late = ctx.referralWithoutVisit(puskesmas, '2026-02-03');
    expect(() => ctx.claim({ ...stay, sep: { service: 'RAWAT_INAP', referral: late } })).toThrow(
      /RT-GUARD-41: referral dated 2026-02-03, after the admission/,
    );
    expect(() => ctx.claim({ ...stay, sep: { service: 'RAWAT_INAP' } })).toThrow(/needs a referral/);
    // 2026-02-02 21:15 to 2026-02-04 11:00 is 37.75 hours
    expect(() => ctx.claim({ ...stay, pulang: '2026-02-04', ventilatorHours: 40, sep: { service: 'IGD' } })).toThrow(/40 ventilator hours/);
    expect(() =>
      ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], sep: { service: 'IGD', operasiAt: '2026-02-09 08:00' } }),
    ).toThrow(/operation at 2026-02-09 08:00:00 outside the stay/);
    expect(() => ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], sep: { service: 'IGD' } })).toThrow(
      /53.00 needs its side/,
    );
    const ok = ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], laterality: ['R'], sep: { service: 'IGD' } });
    expect(ok.row['waktu_operasi']).toBe('2026-02-03 08:00:00');
    expect(ok.row['lateralitas']).toBe('R');
  });

  it('leaves the first three rounds’ rows as they were: no SEP-era columns unless asked', () => {
    const ctx = new RedTeamContext(BASE);
    const rs = ctx.cleanHost('C');
    const m = ctx.member({ sex: 'L', birthDate: '1970-01-01', segment: 'PBI', careClass: 3, regency: rs.regency });
    const c = ctx.claim({ member: m, facility: rs, masuk: '2026-02-02', cbg: 'J-4-16-I', dx: ['J18.9'] });
    for (const col of ['jenis_pelayanan', 'no_rujukan', 'waktu_masuk', 'lateralitas']) expect(c.row[col]).toBeUndefined();
    expect(ctx.rows.members[0]?.row['nomor_kk']).toBeUndefined();
  });
});
