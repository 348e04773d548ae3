// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions normally
// treated as outpatients", moved off one night for some. A new class D private hospital in Bangli
// (Bali) admits poisonings, scalds and bites through its emergency room (T-4-10-I; sixteen stays,
// context). Five people came in the evening with hives after food or a drug, with no swelling of the
// airway and no low blood pressure: an antihistamine injection and an hour's watch in the emergency
// room is the care. The hospital admitted them, three for one night and two for two, coded as an
// allergy with urticaria.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const HIVES = new Map([
  [2, 1],
  [6, 2],
  [10, 1],
  [15, 1],
  [19, 2],
]);
const TOXIC = [
  { dx: ['T60.0'], px: ['99.18'] },
  { dx: ['T63.0'], px: ['90.59'] },
  { dx: ['T65.9'], px: ['99.18'] },
  { dx: ['T20.2'], px: ['99.18'] },
];

export default defineScenario({
  id: 'RT-UNNEC-151',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas D baru di Bangli merawat keracunan, luka bakar air panas dan gigitan lewat IGD. Lima orang datang malam dengan biduran setelah makanan atau obat, tanpa bengkak saluran napas dan tanpa tekanan darah rendah: suntikan antihistamin dan observasi sejam di IGD sudah cukup. Rumah sakit merawat inap mereka, tiga satu malam dan dua dua malam, dikodekan alergi dengan urtikaria.',
    en: 'A new class D private hospital in Bangli admits poisonings, scalds and bites through its emergency room. Five people came in the evening with hives after a food or a drug, with no airway swelling and no low blood pressure: an antihistamine injection and an hour’s watch in the emergency room is the care. The hospital admitted them, three for one night and two for two, coded as allergy with urticaria.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.bangli, hospitalClass: 'D' });
    const gps = [ctx.doctor({ specialty: 'UMUM', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-08', 21, 6.4).forEach((day, i) => {
      const nights = HIVES.get(i);
      const toxic = TOXIC[i % TOXIC.length]!;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 14 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        ...(nights ? { pulang: addDays(day, nights) } : {}),
        cbg: 'T-4-10-I',
        dx: nights ? ['T78.4', 'L50.9'] : toxic.dx,
        px: nights ? ['99.18'] : toxic.px,
        dpjp: gps[i % 2] as string,
        scale: bill(22_800 + i),
        sep: igd({ masukAt: hhmm(nights ? 19 + (i % 3) : 10 + ((i * 5) % 12), (29 * i) % 60) }),
      });
      (nights ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
