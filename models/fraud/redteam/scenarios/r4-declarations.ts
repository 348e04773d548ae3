// Round 4's declarations (declarations.ts): 20-30 scenarios, at least half fraud, weighted to the
// weakest types, the SEP-era columns in every claim, and the new tables (doctors, FKTPs, P-Care
// visits, PRB claims, family cards) in the source form of SCHEMA.md; the context refuses SEP-era
// rows ingestion would quarantine and leaves the first three rounds' rows as they were.
import { expect } from 'vitest';
import { RedTeamContext } from '../context.js';
import { LICENSED_DPJP, SEP_ERA } from './declarations-claims.js';
import { BASE } from './declarations.js';
import type { RoundDeclarations } from './declarations.js';
import { ROUND4_SCENARIOS } from './round4.js';

export const ROUND4: RoundDeclarations = {
  round: 4,
  scenarios: ROUND4_SCENARIOS,
  merged: true,
  size: [20, 30],
  fraudShare: [1, 2],
  weakTypes: { codes: ['UNNECESSARY_TREATMENT', 'UPCODING', 'SELF_REFERRAL', 'PROLONGED_LOS', 'CLONING', 'CANCELLED_SERVICE'], atLeast: 2 },
  claimChecks: [SEP_ERA],
  tests: {
    'writes the new tables in the source form: doctors, FKTPs, P-Care visits, PRB claims, family cards': (built) => {
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
      const licensed = LICENSED_DPJP(ctx);
      for (const { scenario: id, row } of ctx.rows.claims) licensed(id, row);
    },

    'refuses SEP-era rows that ingestion would quarantine, naming the scenario': () => {
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
      expect(() => ctx.claim({ ...stay, pulang: '2026-02-04', ventilatorHours: 40, sep: { service: 'IGD' } })).toThrow(
        /40 ventilator hours/,
      );
      expect(() =>
        ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], sep: { service: 'IGD', operasiAt: '2026-02-09 08:00' } }),
      ).toThrow(/operation at 2026-02-09 08:00:00 outside the stay/);
      expect(() => ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], sep: { service: 'IGD' } })).toThrow(
        /53.00 needs its side/,
      );
      const ok = ctx.claim({ ...stay, cbg: 'K-1-13-I', dx: ['K40.9'], px: ['53.00'], laterality: ['R'], sep: { service: 'IGD' } });
      expect(ok.row['waktu_operasi']).toBe('2026-02-03 08:00:00');
      expect(ok.row['lateralitas']).toBe('R');
    },

    'leaves the first three rounds’ rows as they were: no SEP-era columns unless asked': () => {
      const ctx = new RedTeamContext(BASE);
      const rs = ctx.cleanHost('C');
      const m = ctx.member({ sex: 'L', birthDate: '1970-01-01', segment: 'PBI', careClass: 3, regency: rs.regency });
      const c = ctx.claim({ member: m, facility: rs, masuk: '2026-02-02', cbg: 'J-4-16-I', dx: ['J18.9'] });
      for (const col of ['jenis_pelayanan', 'no_rujukan', 'waktu_masuk', 'lateralitas']) expect(c.row[col]).toBeUndefined();
      expect(ctx.rows.members[0]?.row['nomor_kk']).toBeUndefined();
    },
  },
};
