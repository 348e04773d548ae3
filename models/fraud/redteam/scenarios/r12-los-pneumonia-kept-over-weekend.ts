// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity", just
// past it. At a new class C private hospital in Tabalong (South Kalimantan, WITA) children and adults
// with pneumonia are admitted through the emergency room and go home after four to six days
// (context). Five patients admitted on a Wednesday or Thursday, afebrile and off oxygen by the
// weekend, are kept through it and the next week's first ward rounds: nine days, with the room and
// nursing lines of nine days and nothing else added (no second antibiotic, no new X-ray).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const KEPT = new Set([2, 5, 9, 12, 15]);

export default defineScenario({
  id: 'RT-LOS-121',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Tabalong merawat pneumonia 4-6 hari; lima pasien yang masuk Rabu atau Kamis, sudah tidak demam dan lepas oksigen pada akhir pekan, ditahan melewati akhir pekan sampai visite minggu berikutnya: sembilan hari, dengan komponen kamar dan keperawatan sembilan hari dan tanpa tambahan lain.',
    en: 'A new class C private hospital in Tabalong treats pneumonia in four to six days; five patients admitted on a Wednesday or Thursday, afebrile and off oxygen by the weekend, are kept through it into the next week’s rounds: nine days, with nine days of room and nursing and nothing else added.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.tabalong, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_P', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    // admissions on Wednesdays and Thursdays alternately
    every('2026-01-07', 18, 7).forEach((wednesday, i) => {
      const day = addDays(wednesday, i % 2);
      const kept = KEPT.has(i);
      const los = kept ? 9 : 4 + (i % 3);
      const child = i % 3 === 1;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: child ? 3 + i : 24 + 3 * i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '93.96', '99.21'],
        dpjp: doctors[child ? 1 : 0] as string,
        scale: times(bill(13_300 + i), { tarif_kamar: los / 5, tarif_keperawatan: los / 5 }),
        sep: igd({ masukAt: hhmm(17 + (i % 6), (11 * i) % 60) }),
      });
      (kept ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
