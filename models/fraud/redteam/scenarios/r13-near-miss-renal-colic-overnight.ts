// Near miss for UNNECESSARY_TREATMENT (a one-night stay that was needed): a new class D private
// hospital in Bondowoso (East Java) admits patients arriving at night with renal colic (N20.0)
// that oral and one intramuscular dose did not relieve: intravenous analgesia and fluids, an
// ultrasound, the stone passed by morning, home the next day (N-4-11-I). Its urinary infections
// stay three days (context). One night, severity I, and clinically right.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const COLIC = new Set([1, 4, 6, 9, 12]);

export default defineScenario({
  id: 'RT-NM-COLIC-134',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas D baru di Bondowoso merawat pasien kolik ginjal (N20.0) yang datang malam hari dan tidak membaik dengan analgesik oral dan satu suntikan: analgesik dan cairan intravena, USG, batu keluar pada pagi hari, pulang esoknya (N-4-11-I). Satu malam, keparahan I, dan secara klinis tepat.',
    en: 'A new class D private hospital in Bondowoso admits patients arriving at night with renal colic (N20.0) not relieved by oral analgesia and one injection: intravenous analgesia and fluids, an ultrasound, the stone passed by morning, home the next day (N-4-11-I). One night, severity I, and clinically right.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bondowoso, hospitalClass: 'D' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-09', 15, 9).forEach((day, i) => {
      const colic = COLIC.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 28 + ((i * 5) % 35), sex: colic ? (i % 2 ? 'L' : 'P') : 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, colic ? 1 : 3),
        cbg: 'N-4-11-I',
        dx: colic ? ['N20.0'] : ['N39.0'],
        px: colic ? ['88.76', '99.18'] : [],
        dpjp: colic ? urologist : internist,
        scale: bill(15_300 + i),
        sep: igd({ masukAt: hhmm(colic ? 22 + (i % 2) : 13 + (i % 6), (17 * i) % 60), ...(colic ? { pulangAt: '10:30' } : {}) }),
      });
      (colic ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
