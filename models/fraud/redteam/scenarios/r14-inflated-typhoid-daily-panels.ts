// DOMAIN.md section 3, INFLATED_BILL, on the laboratory line, at a hospital with a clean history: a
// new class C private hospital in Raha (Muna, South-East Sulawesi) treats typhoid fever in four-day
// stays (A-4-11-I, twenty-two stays, context), a blood count and a Widal or Tubex test on the
// laboratory line. On five of them, spread over five months and both internists, the laboratory
// bills a culture and a full chemistry panel every day that the results sheet does not hold: the
// laboratory line a little over twice an ordinary typhoid stay's, nothing else changed.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const DAILY_PANELS = new Set([2, 7, 11, 16, 20]);

export default defineScenario({
  id: 'RT-INFLATED-144',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Raha (Muna), riwayat bersih, merawat demam tifoid empat hari dengan darah lengkap dan Widal/Tubex. Pada lima rawat inap, tersebar lima bulan dan dua internis, laboratorium menagih kultur dan panel kimia lengkap setiap hari yang tidak ada di lembar hasil: komponen laboratorium sedikit di atas dua kali tifoid biasa.',
    en: 'A new class C private hospital in Raha (Muna), clean history, treats typhoid in four-day stays with a blood count and a Widal or Tubex test. On five stays, spread over five months and both internists, the laboratory bills a culture and a full chemistry panel every day that the results sheet does not hold: the laboratory line a little over twice an ordinary typhoid stay’s.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.muna, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 22, 6.6).forEach((day, i) => {
      const inflated = DAILY_PANELS.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 15 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-11-I',
        dx: [i % 5 === 3 ? 'A01.4' : 'A01.0'],
        px: ['99.21', '90.59'],
        dpjp: internists[i % 2] as string,
        scale: inflated ? times(bill(17_400 + i), { tarif_laboratorium: 2.2 }) : bill(17_400 + i),
        sep: igd({ masukAt: hhmm(10 + (i % 12), (23 * i) % 60) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
