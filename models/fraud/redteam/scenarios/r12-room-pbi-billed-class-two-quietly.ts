// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement", the quiet form: no upgrade record
// at all. A new class C private hospital in Muaro Jambi (Jambi) bills its medical stays at each
// member's class (context: PBI members at class 3, self-paying members at their class 1 or 2). On
// three stays of PBI members, who are entitled to class 3 and may not upgrade, the claim says class
// 2 and the INA-CBG tariff of class 2 is paid; the upgrade fields are empty (no upgrade, no payer),
// as if the members were entitled to it.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const STAYS = [
  { cbg: 'A-4-13-I', dx: ['A91'], px: ['90.59'], days: 4 },
  { cbg: 'K-4-17-I', dx: ['A09', 'E86'], px: ['99.18'], days: 3 },
  { cbg: 'J-4-19-I', dx: ['J45.9'], px: ['93.96'], days: 3 },
  { cbg: 'N-4-11-I', dx: ['N39.0'], px: ['99.21'], days: 3 },
] as const;

const RAISED = new Set([4, 7, 13]);

export default defineScenario({
  id: 'RT-ROOM-121',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'RS swasta kelas C baru di Muaro Jambi menagih rawat inap sesuai hak kelas peserta; pada tiga rawat inap peserta PBI (hak kelas 3, tidak boleh naik kelas) klaim tertulis kelas 2 dan dibayar tarif kelas 2, tanpa data naik kelas sama sekali (tanpa upgrade, tanpa penanggung).',
    en: 'A new class C private hospital in Muaro Jambi bills stays at each member’s class; on three stays of PBI members (entitled to class 3, not allowed to upgrade) the claim says class 2 and is paid the class 2 tariff, with no upgrade record at all (no upgrade, no payer).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.muaroJambi, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 16, 7).forEach((day, i) => {
      const s = STAYS[i % STAYS.length] as (typeof STAYS)[number];
      const raised = RAISED.has(i);
      const member = patient(ctx, rs, day, i, {
        age: 22 + ((i * 5) % 45),
        segment: raised || i % 3 ? 'PBI' : 'PBPU',
        careClass: i % 2 ? 1 : 2,
      });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, s.days),
        cbg: s.cbg,
        dx: [...s.dx],
        px: [...s.px],
        ...(raised ? { kelas: 2 as const } : {}),
        dpjp: internist,
        scale: bill(13_400 + i),
        sep: igd({ masukAt: hhmm(13 + (i % 9), (17 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
