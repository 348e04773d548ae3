// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent
// with payer". The honest look-alike is in round 3 (RT-NM-WARDFULL-31): with the entitled ward
// full, a member lies one class up and JKN pays the entitled class. Here the hospital uses
// the same record (upgrade to class 1, no payer of the difference) for class-2 members in the
// dengue season and bills JKN at class 1 for the whole stay: the full-ward story turned into
// a higher tariff.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-ROOM-51',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Dengan alasan bangsal kelas 2 penuh pada musim dengue, peserta kelas 2 dicatat naik ke kelas 1 tanpa pembayar selisih, lalu JKN ditagih tarif kelas 1 untuk seluruh rawat: cerita bangsal penuh menjadi tarif lebih tinggi.',
    en: 'With the class-2 ward said to be full in the dengue season, class-2 members are recorded as upgraded to class 1 with no payer of the difference, and JKN is billed the class-1 tariff for the whole stay: the full-ward story turned into a higher tariff.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [0.02, -0.01] });
    const klinik = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['P', '1991-02-02', '2026-01-19', 'PPU'],
      ['L', '1986-06-16', '2026-01-28', 'PBPU'],
      ['P', '1979-10-08', '2026-02-06', 'PPU'],
      ['L', '2000-04-27', '2026-02-13', 'PBPU'],
      ['P', '1995-08-11', '2026-02-24', 'PPU'],
      ['L', '1983-12-20', '2026-03-05', 'PBPU'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, segment], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment, careClass: 2 }, klinik, rs, day, ['A90']);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-13-I',
        dx: ['A90', 'D69.6'],
        px: ['90.59'],
        kelas: 1,
        upgrade: { to: 'kelas_1', days: 4, payor: null },
        dpjp: internist,
        scale: bill(i),
        sep: inap(p.referral),
      });
    });
    return { fraud };
  },
});
