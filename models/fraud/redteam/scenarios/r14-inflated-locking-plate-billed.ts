// DOMAIN.md section 3, INFLATED_BILL: devices inflated, on an implant line that the prosthesis
// top-up itself justifies. A new class C private hospital in Pinrang (South Sulawesi) fixes forearm
// and tibial shaft fractures with a conventional plate and screws (M-1-60-I with the RR-03 top-up,
// four days, fifteen operations, context). On three of them the devices line bills a locking
// plate system (three times a conventional set) although the implant sticker in the record is the
// conventional plate: the procedure, the top-up, the side and the stay are all ordinary.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const LOCKING_PLATE = new Set([4, 9, 13]);

export default defineScenario({
  id: 'RT-INFLATED-143',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Pinrang memasang pelat dan sekrup konvensional pada patah lengan bawah dan tulang kering (M-1-60-I dengan top-up RR-03, empat hari). Pada tiga operasi komponen alkes menagih sistem pelat locking (tiga kali set konvensional) padahal stiker implan di rekam medis pelat konvensional; prosedur, top-up, sisi dan lama rawat biasa.',
    en: 'A new class C private hospital in Pinrang fixes forearm and tibial shaft fractures with a conventional plate and screws (M-1-60-I with the RR-03 top-up, four days). On three operations the devices line bills a locking plate system (three times a conventional set) although the implant sticker in the record is conventional; procedure, top-up, side and stay ordinary.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.pinrang, hospitalClass: 'C' });
    const orthopaedists = [ctx.doctor({ specialty: 'SP_OT', at: [rs] }), ctx.doctor({ specialty: 'SP_OT', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 15, 9).forEach((day, i) => {
      const forearm = i % 2 === 0;
      const inflated = LOCKING_PLATE.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 17 + ((i * 6) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'M-1-60-I',
        dx: forearm ? ['S52.5'] : ['S82.2'],
        px: forearm ? ['79.32'] : ['79.36'],
        laterality: [i % 3 ? 'R' : 'L'],
        specialCmg: ['RR-03'],
        dpjp: orthopaedists[i % 2] as string,
        scale: inflated ? times(bill(17_300 + i), { tarif_alkes: 3 }) : bill(17_300 + i),
        sep: igd({ masukAt: hhmm(7 + ((i * 7) % 15), (11 * i) % 60) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
