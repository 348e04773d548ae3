// Near miss for UPCODING (honest twin of RT-UPCODE-133): a new class B private hospital in
// Kabupaten Semarang (Central Java) with a coronary care unit admits chest pain through its
// emergency room: unstable angina three days on the ward (context), and true NSTEMI (I21.4) with
// what an infarction brings: an echocardiogram, serial troponins on the laboratory line, two days
// of coronary care and five or six days in all. Coded I-4-10 as it should be; not upcoding.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const INFARCTION = new Set([1, 4, 7, 10, 13]);

export default defineScenario({
  id: 'RT-NM-NSTEMI-131',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B baru di Kabupaten Semarang dengan ICCU merawat nyeri dada lewat IGD: angina tidak stabil tiga hari di bangsal, dan NSTEMI sungguhan (I21.4) dengan ekokardiografi, troponin serial, dua hari ICCU dan lima-enam hari rawat. Dikode I-4-10 sebagaimana mestinya; bukan upcoding.',
    en: 'A new class B private hospital in Kabupaten Semarang with a coronary care unit admits chest pain through its emergency room: unstable angina three ward days, and true NSTEMI (I21.4) with an echocardiogram, serial troponins, two coronary-care days and five or six days in all. Coded I-4-10 as it should be; not upcoding.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabSemarang, hospitalClass: 'B' });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 16, 8.5).forEach((day, i) => {
      const infarction = INFARCTION.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 47 + ((i * 9) % 28), sex: i % 4 ? 'L' : 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, infarction ? 5 + (i % 2) : 3),
        cbg: infarction ? 'I-4-10-I' : 'I-4-17-I',
        dx: infarction ? ['I21.4', 'I10'] : ['I20.0', 'I10'],
        px: infarction ? ['89.52', '88.72'] : ['89.52'],
        ...(infarction ? { icuDays: 2 } : {}),
        dpjp: cardiologist,
        scale: infarction ? times(bill(15_000 + i), { tarif_laboratorium: 1.5, tarif_obat: 1.3 }) : bill(15_000 + i),
        sep: igd({ masukAt: hhmm(3 + ((i * 5) % 19), (23 * i) % 60) }),
      });
      (infarction ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
