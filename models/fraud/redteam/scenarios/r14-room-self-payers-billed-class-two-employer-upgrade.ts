// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent with
// payer". A new class C private hospital in Sintang (West Kalimantan) treats dengue and typhoid in
// four-day stays (eighteen stays, context). Plantation company staff (PPU, class 2) are moved to a
// VIP room their employer pays for, as their company's insurance allows, and the claim stays at
// their class 2 (context); state-paid and self-paying class 3 patients are billed at class 3
// (context). For four self-paying class 3 members the claim is billed at class 2 and the upgrade
// fields copied from the staff's claims (to class 2, paid by the employer), although they have no
// employer at all and lay in the class 3 ward.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const BILLED_UP = new Set([3, 8, 13, 19]);
const STAFF = new Set([1, 5, 10, 15, 17]);

export default defineScenario({
  id: 'RT-ROOM-141',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'RS swasta kelas C baru di Sintang merawat DBD dan tifoid empat hari. Karyawan perusahaan perkebunan (PPU kelas 2) dipindah ke VIP yang dibayar pemberi kerja dan klaimnya tetap kelas 2; pasien kelas 3 ditagih kelas 3. Untuk empat peserta mandiri kelas 3 klaim ditagih kelas 2 dan kolom naik kelas disalin dari klaim karyawan (ke kelas 2, dibayar pemberi kerja), padahal mereka tidak punya pemberi kerja dan dirawat di bangsal kelas 3.',
    en: 'A new class C private hospital in Sintang treats dengue and typhoid in four-day stays. Plantation staff (PPU, class 2) move to a VIP room their employer pays, the claim staying at class 2; class 3 patients are billed at class 3. For four self-paying class 3 members the claim is billed at class 2 with the upgrade fields copied from the staff’s (to class 2, employer pays), although they have no employer and lay in the class 3 ward.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.sintang, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 22, 6.5).forEach((day, i) => {
      const up = BILLED_UP.has(i);
      const staff = STAFF.has(i);
      const dengue = i % 2 === 0;
      const member: Member = staff
        ? ctx.member({
            sex: i % 3 ? 'L' : 'P',
            birthDate: bornBefore(day, 26 + ((i * 3) % 25), i),
            segment: 'PPU',
            careClass: 2,
            regency: rs.regency,
            worker: { since: `${2016 + (i % 8)}-03-01`, wage: 3_900_000 + 120_000 * i },
          })
        : patient(ctx, rs, day, i, { age: 18 + ((i * 5) % 45), careClass: 3, ...(up ? { segment: 'PBPU' as const } : {}) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: dengue ? 'A-4-13-I' : 'A-4-11-I',
        dx: dengue ? ['A90'] : ['A01.0'],
        px: dengue ? ['90.59'] : ['99.21'],
        ...(up ? { kelas: 2 as const } : {}),
        ...(staff ? { upgrade: { to: 'vip', days: 4, payor: 'pemberi_kerja' } as const } : {}),
        ...(up ? { upgrade: { to: 'kelas_2', days: 4, payor: 'pemberi_kerja' } as const } : {}),
        dpjp: internist,
        scale: bill(18_600 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 7) % 15), (19 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
