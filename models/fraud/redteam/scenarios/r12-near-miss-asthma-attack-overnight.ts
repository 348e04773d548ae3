// Near miss of UNNECESSARY_TREATMENT ("1-day severity-I admissions for conditions normally treated as
// outpatients"): children in a severe asthma attack at night. The emergency room of a new class C
// government hospital in Ogan Komering Ilir (South Sumatra), in the haze season of the burning
// peatlands and after, receives children wheezing at night who do not clear after three
// nebulisations: admitted for oxygen, nebulisation every few hours and steroids, home the next
// afternoon. One night, severity I, and the right place for them.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-NM-ASTHMA-121',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'IGD RS pemerintah kelas C baru di Ogan Komering Ilir menerima anak dengan serangan asma berat malam hari yang tidak membaik setelah tiga kali nebulisasi: dirawat untuk oksigen, nebulisasi berkala dan steroid, pulang sore berikutnya. Satu malam, keparahan I, dan memang perlu.',
    en: 'The emergency room of a new class C government hospital in Ogan Komering Ilir receives children in a severe asthma attack at night who do not clear after three nebulisations: admitted for oxygen, regular nebulisation and steroids, home the next afternoon. One night, severity I, and rightly so.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.ogan, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-03', 9, 13).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 4 + i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1),
        cbg: 'J-4-19-I',
        dx: i % 3 ? ['J46'] : ['J46', 'J20.9'],
        px: ['93.96'],
        dpjp: paediatrician,
        scale: bill(14_800 + i),
        sep: igd({ masukAt: hhmm(22 + (i % 2), (7 * i) % 60), pulangAt: hhmm(15, (5 * i) % 60) }),
      }),
    );
    return { nearMiss };
  },
});
