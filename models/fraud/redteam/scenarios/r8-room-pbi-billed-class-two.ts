// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent
// with payer". Contribution-assisted (PBI) members are entitled to class 3 and may not upgrade
// at all (Permenkes 51/2018: the upgrade is for non-PBI members). A class C private hospital
// whose class-3 ward is "full" puts PBI patients in class 2 and bills the stay at class 2
// (kelas_rawat 2) with an upgrade recorded as paid by the patient: JKN pays the class-2 tariff
// the member was never entitled to, and the upgrade field claims a payment a PBI member cannot
// make. Ordinary medical stays, their bills, over five months.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

const STAYS = [
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], los: 5 },
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'], los: 4 },
  { cbg: 'N-4-11-I', dx: ['N39.0'], px: ['90.59'], los: 3 },
] as const;

export default defineScenario({
  id: 'RT-ROOM-81',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Peserta PBI berhak kelas 3 dan tidak boleh naik kelas; RS swasta kelas C yang bangsal kelas 3-nya "penuh" merawat pasien PBI di kelas 2, menagih kelas 2 dengan naik kelas tercatat dibayar peserta, sehingga JKN membayar tarif kelas 2.',
    en: 'PBI members are entitled to class 3 and may not upgrade; a class C private hospital whose class-3 ward is "full" puts PBI patients in class 2 and bills class 2 with an upgrade recorded as paid by the patient, so JKN pays the class-2 tariff.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.metro, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const days = ['2026-01-15', '2026-02-05', '2026-02-26', '2026-03-19', '2026-04-09', '2026-04-30'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const s = STAYS[i % 3] as (typeof STAYS)[number];
      return ctx.claim({
        member: ctx.member({
          sex: i % 2 ? 'P' : 'L',
          birthDate: bornBefore(day, 33 + 6 * i, i),
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, s.los),
        cbg: s.cbg,
        dx: [...s.dx],
        px: [...s.px],
        kelas: 2,
        upgrade: { to: 'kelas_2', days: s.los, payor: 'peserta' },
        dpjp: internist,
        scale: bill(10_200 + i),
        sep: igd({ masukAt: hhmm(20 + (i % 3), 45) }),
      });
    });
    return { fraud };
  },
});
