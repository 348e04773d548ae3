// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent with
// payer". A new class C private hospital in Ranai (Natuna, Riau Islands) treats civil servants and
// their families (PPU, class 2) for fevers and gastroenteritis. Many take the class 1 room and pay
// the difference themselves: the claim is billed at class 2 with the upgrade recorded and the member
// as payer (context). On four stays the upgrade is recorded with no payer at all and the claim is
// billed at class 1, so that BPJS pays the class 1 tariff for a room nobody paid the difference on.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const NO_PAYER = new Set([3, 8, 14, 19]);
const CARE = [
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21', '90.59'] },
  { cbg: 'A-4-13-I', dx: ['A90'], px: ['90.59'] },
  { cbg: 'K-4-17-I', dx: ['A09'], px: ['99.18'] },
];

export default defineScenario({
  id: 'RT-ROOM-151',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'RS swasta kelas C baru di Ranai (Natuna) merawat ASN dan keluarganya (PPU, kelas 2) karena demam dan gastroenteritis. Banyak yang naik ke kamar kelas 1 dan membayar selisihnya sendiri: klaim ditagih kelas 2 dengan naik kelas tercatat dan peserta sebagai pembayar. Pada empat rawat inap naik kelas dicatat tanpa pembayar dan klaim ditagih kelas 1.',
    en: 'A new class C private hospital in Ranai (Natuna) treats civil servants and their families (PPU, class 2) for fevers and gastroenteritis. Many take a class 1 room and pay the difference themselves: billed at class 2 with the upgrade recorded and the member as payer. On four stays the upgrade is recorded with no payer and the claim is billed at class 1.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.natuna, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-07', 22, 6.2).forEach((day, i) => {
      const noPayer = NO_PAYER.has(i);
      const paidUp = !noPayer && i % 2 === 0;
      const care = CARE[i % 3]!;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 4 + ((i * 9) % 55), segment: 'PPU', careClass: 2 }),
        facility: rs,
        masuk: day,
        cbg: care.cbg,
        dx: care.dx,
        px: care.px,
        ...(noPayer ? { kelas: 1 as const, upgrade: { to: 'kelas_1' as const, days: 3, payor: null } } : {}),
        ...(paidUp ? { upgrade: { to: 'kelas_1' as const, days: 3, payor: 'peserta' as const } } : {}),
        dpjp: doctors[i % 2] as string,
        scale: bill(22_600 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 5) % 14), (17 * i) % 60) }),
      });
      (noPayer ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
