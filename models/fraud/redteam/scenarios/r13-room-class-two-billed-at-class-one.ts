// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent with
// payer", with the upgrade recorded. A new class C private hospital in Sampang (Madura, East Java)
// lets class 2 PBPU members move up to its VIP rooms, the member paying the difference, and bills
// JKN their own class 2 (context). For three such members the claim carries the upgrade to VIP paid
// by the member and yet asks JKN for the class 1 tariff (kelas_rawat 1): the member pays the
// difference above class 1 while JKN pays class 1 for a class 2 entitlement.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const BILLED_UP = new Set([3, 8, 12]);

export default defineScenario({
  id: 'RT-ROOM-131',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'RS swasta kelas C baru di Sampang mengizinkan peserta PBPU kelas 2 naik ke kamar VIP dengan membayar selisih sendiri dan menagih JKN kelas 2 mereka. Untuk tiga peserta seperti itu klaim mencatat naik kelas ke VIP dibayar peserta tetapi menagih JKN tarif kelas 1: peserta membayar selisih di atas kelas 1, JKN membayar kelas 1 untuk hak kelas 2.',
    en: 'A new class C private hospital in Sampang lets class 2 PBPU members move up to VIP rooms paying the difference themselves and bills JKN their class 2. For three such members the claim records the member-paid upgrade to VIP yet asks JKN for class 1: the member pays the difference above class 1 while JKN pays class 1 for a class 2 entitlement.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.sampang, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 15, 8.5).forEach((day, i) => {
      const child = i % 3 === 1;
      const typhoid = i % 2 === 0;
      const los = 4 + (i % 2);
      const up = BILLED_UP.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: child ? 5 + i : 24 + 3 * i, segment: 'PBPU', careClass: 2 }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: typhoid ? 'A-4-11-I' : 'A-4-13-I',
        dx: typhoid ? ['A01.0'] : ['A91'],
        px: typhoid ? ['99.21'] : ['90.59'],
        kelas: up ? 1 : 2,
        upgrade: { to: 'vip', days: los, payor: 'peserta' },
        dpjp: child ? paediatrician : internist,
        scale: bill(14_300 + i),
        sep: igd({ masukAt: hhmm(11 + (i % 11), (37 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
