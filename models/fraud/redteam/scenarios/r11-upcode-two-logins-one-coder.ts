// DOMAIN.md section 3, UPCODING: "severity-III share vs peers of same hospital class and CBG;
// secondary diagnoses that raise severity with no supporting procedure or tariff component". At a
// new class C private hospital in Bangka, typhoid stays (A-4-11) are coded by five coder ids. One
// coder codes under her own id and under the login of a colleague on maternity leave, so the
// stays she lifts to severity III (anaemia D64.9 and hyponatraemia E87.1 added, no transfusion, no
// electrolyte infusion, the laboratory and drugs of a four-day typhoid) are split over two ids,
// each of which also codes some stays at severity I: no id stands far above the others.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

/** The coder ids in turn: 2 and 5 are one person. */
const CODERS = [1, 2, 3, 5, 4, 2, 1, 5, 3, 4] as const;

export default defineScenario({
  id: 'RT-UPCODE-118',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Di RS swasta kelas C baru di Bangka seorang koder memakai id-nya sendiri dan login rekan yang cuti melahirkan; rawat inap tifoid yang ia naikkan ke keparahan III (anemia D64.9 dan hiponatremia E87.1, tanpa transfusi atau infus elektrolit, biaya tifoid empat hari) terbagi pada dua id, masing-masing juga mengode sebagian keparahan I.',
    en: 'At a new class C private hospital in Bangka one coder codes under her own id and a colleague’s login during maternity leave; the typhoid stays she lifts to severity III (anaemia D64.9 and hyponatraemia E87.1, no transfusion or electrolyte infusion, a four-day typhoid’s cost) are split over two ids, each also coding some stays at severity I.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.bangka, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 30, 4.5).forEach((day, i) => {
      const coder = CODERS[i % CODERS.length] as number;
      // her two ids: two stays in three raised
      const raised = (coder === 2 || coder === 5) && i % 3 !== 0;
      const child = i % 4 === 3;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: child ? 6 + (i % 9) : 18 + ((i * 7) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 5 === 0 ? 1 : 0)),
        cbg: raised ? 'A-4-11-III' : 'A-4-11-I',
        dx: raised ? ['A01.0', 'D64.9', 'E87.1'] : ['A01.0'],
        px: ['99.21'],
        dpjp: child ? paediatrician : (internists[i % 2] as string),
        coder,
        billedRatio: raised ? billOf('A-4-11-I', 'A-4-11-III') : 0.85,
        scale: bill(13_800 + i),
        sep: igd({ masukAt: hhmm(7 + ((i * 5) % 16), (11 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
