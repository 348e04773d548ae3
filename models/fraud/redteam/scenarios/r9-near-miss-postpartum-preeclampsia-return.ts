// Near miss of READMISSION ("readmitted within 30 days"): at a class C government hospital in
// Cianjur mothers delivered normally go home on day two and come back three to six days later
// with severe postpartum pre-eclampsia (O14.1): headache, blood pressure of 170, magnesium
// sulphate for a day and a half, three or four days. The return is a new, dangerous condition of
// the puerperium, not the delivery billed twice; it is in the same obstetric chapter. The
// deliveries are context; the returns are the near misses.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-NM-READMIT-91',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Di RS pemerintah kelas C di Cianjur ibu yang melahirkan normal pulang hari kedua dan kembali 3-6 hari kemudian dengan preeklamsia berat pascapersalinan (O14.1), magnesium sulfat, 3-4 hari: kondisi baru masa nifas, bukan persalinan yang ditagih ulang.',
    en: 'At a class C government hospital in Cianjur mothers delivered normally go home on day two and return three to six days later with severe postpartum pre-eclampsia (O14.1), magnesium sulphate, three to four days: a new condition of the puerperium, not the delivery billed again.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.cianjur, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-20', 4, 30).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 21 + ((i * 6) % 18), sex: 'P' });
      const home = addDays(day, 2);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: obstetricians[i % 2] as string,
          scale: bill(9230 + i),
          sep: igd({ masukAt: hhmm(2 + ((i * 5) % 20), (7 * i) % 60) }),
        }),
      );
      const back = addDays(home, 3 + i);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 3 + (i % 2)),
          cbg: 'O-6-14-II',
          dx: ['O14.1'],
          px: ['99.18', '89.52'],
          dpjp: obstetricians[i % 2] as string,
          billedRatio: 0.95,
          scale: times(bill(9240 + i), { tarif_obat: 1.5, tarif_laboratorium: 1.3 }),
          sep: igd({ masukAt: hhmm(19 + (i % 4), (11 * i) % 60) }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
