// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent with
// payer". A wage earner's class-1 cover extends to his spouse and children (PPU, up to five family
// members), not to a parent living in the house: the grandmother on his family card (FAMILI_LAIN)
// is a PBI member entitled to class 3 and may not upgrade. A new class C private hospital in
// Klungkung (Bali) puts such grandmothers in the family's class-1 room and bills JKN class 1, no
// upgrade recorded and no payer of a difference; the workers' own and their children's class-1
// stays at the same hospital are in order (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

const STAYS = [
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], days: 5 },
  { cbg: 'I-4-12-I', dx: ['I50.0'], px: ['89.52', '87.44'], days: 5 },
  { cbg: 'G-4-14-I', dx: ['I63.9', 'I10'], px: ['87.03'], days: 6 },
] as const;

export default defineScenario({
  id: 'RT-ROOM-111',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Nenek yang tercatat di KK pekerja PPU kelas 1 (FAMILI_LAIN) adalah peserta PBI kelas 3 dan tidak boleh naik kelas; RS swasta kelas C baru di Klungkung merawatnya di kamar kelas 1 keluarga dan menagih JKN kelas 1 tanpa catatan naik kelas atau pembayar selisih. Rawat inap pekerja dan anak-anaknya di kelas 1 sah.',
    en: 'The grandmother on a class-1 wage earner’s family card (FAMILI_LAIN) is a PBI member entitled to class 3, who may not upgrade; a new class C private hospital in Klungkung puts her in the family’s class-1 room and bills JKN class 1 with no upgrade or payer recorded. The worker’s and his children’s class-1 stays are in order.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.klungkung, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-19', 6, 21).forEach((day, f) => {
      const household = ctx.household(rs.regency);
      const worker = ctx.member({
        sex: 'L',
        birthDate: bornBefore(day, 38 + 2 * f, f),
        segment: 'PPU',
        careClass: 1,
        regency: rs.regency,
        worker: { since: `${2012 + f}-0${3 + f}-01`, wage: 6_500_000 + 400_000 * f },
        family: { household, role: 'KEPALA' },
      });
      ctx.member({
        sex: 'P',
        birthDate: bornBefore(day, 35 + 2 * f, f),
        segment: 'PPU',
        careClass: 1,
        regency: rs.regency,
        family: { household, role: 'PASANGAN' },
      });
      const child = ctx.member({
        sex: f % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 6 + f, f),
        segment: 'PPU',
        careClass: 1,
        regency: rs.regency,
        family: { household, role: 'ANAK' },
      });
      const grandmother = ctx.member({
        sex: 'P',
        birthDate: bornBefore(day, 68 + 2 * f, f),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'FAMILI_LAIN' },
      });
      const s = STAYS[f % STAYS.length] as (typeof STAYS)[number];
      fraud.push(
        ctx.claim({
          member: grandmother,
          facility: rs,
          masuk: day,
          pulang: addDays(day, s.days),
          cbg: s.cbg,
          dx: [...s.dx],
          px: [...s.px],
          kelas: 1,
          dpjp: internist,
          scale: bill(15_700 + f),
          sep: igd({ masukAt: hhmm(19 + (f % 4), 10 * f) }),
        }),
      );
      // the family's own care at the class it holds
      const ownDay = addDays(day, f % 2 ? 9 : -9);
      const own = f % 2 ? child : worker;
      context.push(
        ctx.claim({
          member: own,
          facility: rs,
          masuk: ownDay,
          pulang: addDays(ownDay, own === child ? 4 : 3),
          cbg: own === child ? 'A-4-13-I' : 'K-4-17-I',
          dx: own === child ? ['A90'] : ['A09'],
          px: own === child ? ['90.59'] : ['99.18'],
          dpjp: own === child ? paediatrician : internist,
          scale: bill(15_720 + f),
          sep: igd({ masukAt: hhmm(20, 5 * f) }),
        }),
      );
    });
    return { fraud, context };
  },
});
