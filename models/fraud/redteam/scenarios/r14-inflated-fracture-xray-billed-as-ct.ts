// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG", a small
// scheme on the radiology line. A new class C private hospital in Labuan Bajo (Manggarai Barat, East
// Nusa Tenggara) treats closed fractures that need no operation (clavicle, ankle, metatarsal, rib)
// with a sling or a cast over three days, after a plain X-ray (87.44), for motorbike riders coming
// in through its emergency room (nineteen stays, context). On four of them radiology bills a CT
// scan's price although the record codes only the X-ray and no CT was ever reported: the radiology
// line three and a half times an ordinary fracture's, everything else ordinary.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const BILLED_AS_CT = new Set([3, 8, 12, 17]);
const FRACTURES = ['S42.0', 'S82.6', 'S92.3', 'S22.3'] as const;

export default defineScenario({
  id: 'RT-INFLATED-141',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Labuan Bajo merawat patah tulang tanpa operasi (klavikula, pergelangan kaki, metatarsal, iga) tiga hari setelah foto rontgen biasa, pasien kecelakaan motor lewat IGD. Pada empat di antaranya radiologi menagih harga CT scan padahal hanya rontgen yang dikode: komponen radiologi tiga setengah kali patah tulang biasa, lainnya biasa.',
    en: 'A new class C private hospital in Labuan Bajo treats closed fractures needing no operation (clavicle, ankle, metatarsal, rib) for three days after a plain X-ray, motorbike riders through its emergency room. On four of them radiology bills a CT scan’s price although only the X-ray is coded: the radiology line three and a half times an ordinary fracture’s, all else ordinary.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.manggaraiBarat, hospitalClass: 'C' });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 19, 7.5).forEach((day, i) => {
      const ct = BILLED_AS_CT.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 16 + ((i * 7) % 48) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'S-4-11-I',
        dx: [FRACTURES[i % FRACTURES.length] as string],
        px: ['87.44'],
        dpjp: i % 3 ? orthopaedist : surgeon,
        scale: ct ? times(bill(17_100 + i), { tarif_radiologi: 3.5 }) : bill(17_100 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 5) % 17), (19 * i) % 60) }),
      });
      (ct ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
