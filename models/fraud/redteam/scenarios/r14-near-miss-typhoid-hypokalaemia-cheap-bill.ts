// Near miss for UPCODING (honest twin of RT-UPCODE-141 and -142): a new class C private hospital in
// Parigi (Parigi Moutong, Central Sulawesi) treats typhoid fever in four days (A-4-11-I; sixteen
// stays, context). Four patients vomiting for days arrive with a low potassium: measured, corrected
// with potassium in their infusions (99.18 coded) and measured again, grouped A-4-11-II with E87.6.
// They go home on day four or five like the others, so their bills sit only a little above an
// ordinary typhoid stay's and far below a typical severity-II bill: cheap, but treated.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const HYPOKALAEMIC = new Set([2, 7, 12, 17]);
/** A severity-I bill plus the potassium, the infusion and two electrolyte panels (assumption: about 10%). */
const TREATED = 1.1;

export default defineScenario({
  id: 'RT-NM-LEVELBELOW-141',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Parigi merawat demam tifoid empat hari. Empat pasien yang muntah berhari-hari datang dengan kalium rendah: diukur, dikoreksi dengan kalium dalam infus (99.18) dan diukur ulang, dikelompokkan A-4-11-II dengan E87.6. Mereka pulang hari keempat atau kelima seperti yang lain, sehingga tagihannya hanya sedikit di atas tifoid biasa dan jauh di bawah tagihan keparahan II yang lazim: murah, tetapi diobati.',
    en: 'A new class C private hospital in Parigi treats typhoid in four days. Four patients vomiting for days arrive with low potassium: measured, corrected with potassium in their infusions (99.18) and measured again, grouped A-4-11-II with E87.6. They go home on day four or five like the others, so their bills sit only a little above an ordinary typhoid stay’s and far below a usual severity-II bill: cheap, but treated.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.parigiMoutong, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 20, 7).forEach((day, i) => {
      const low = HYPOKALAEMIC.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 17 + ((i * 7) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, low ? 4 + (i % 2) : 4),
        cbg: low ? 'A-4-11-II' : 'A-4-11-I',
        dx: low ? ['A01.0', 'E87.6'] : ['A01.0'],
        px: low ? ['99.21', '99.18', '90.59'] : ['99.21', '90.59'],
        dpjp: internist,
        ...(low ? { billedRatio: billOf('A-4-11-I', 'A-4-11-II') * TREATED } : {}),
        scale: low ? times(bill(19_400 + i), { tarif_laboratorium: 1.3, tarif_obat: 1.1 }) : bill(19_400 + i),
        sep: igd({ masukAt: hhmm(9 + ((i * 5) % 13), (27 * i) % 60) }),
      });
      (low ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
