// DOMAIN.md section 3, UPCODING, a hospital shifting one step, not to the top: from March a
// class C private hospital in Tuban codes a moderate complication (dehydration E86 or anaemia
// D64.9) on most of its typhoid and gastroenteritis stays, lifting them from severity I to II
// (1.45 times the tariff), never to III, whose share is what peers are compared on. The stays
// last as long as the hospital's January and February stays of the same groups, cost the same,
// and no infusion or blood line grows. January and February and the uncoded stays after are
// context; the severity-II stays from March are the fraud.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const GROUPS = [
  { cmg: 'A-4-11', dx: 'A01.0', los: 4 },
  { cmg: 'K-4-17', dx: 'A09', los: 3 },
] as const;
const ADDED = ['E86', 'D64.9'] as const;

export default defineScenario({
  id: 'RT-UPCODE-94',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Mulai Maret RS swasta kelas C di Tuban menambahkan dehidrasi (E86) atau anemia (D64.9) pada sebagian besar rawat tifoid dan gastroenteritis sehingga keparahan naik dari I ke II (bukan III); lama rawat dan biaya sama dengan Januari-Februari.',
    en: 'From March a class C private hospital in Tuban adds dehydration (E86) or anaemia (D64.9) to most typhoid and gastroenteritis stays, lifting severity from I to II (never III); stays and bills the same as in January and February.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.tuban, hospitalClass: 'C' });
    const doctors = [1, 2, 3].map(() => ctx.doctor({ specialty: 'SP_PD', at: [rs] }));
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 32, 4.4).forEach((day, i) => {
      const g = GROUPS[i % 2] as (typeof GROUPS)[number];
      // from March, four stays in five coded up
      const coded = day >= '2026-03-01' && i % 5 !== 0;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 18 + ((i * 11) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, g.los + (i % 3) - 1),
        cbg: `${g.cmg}-${coded ? 'II' : 'I'}`,
        dx: coded ? [g.dx, ADDED[i % 2] as string] : [g.dx],
        px: ['99.18'],
        dpjp: doctors[i % 3] as string,
        billedRatio: coded ? billOf(`${g.cmg}-I`, `${g.cmg}-II`) : 0.85,
        scale: bill(9400 + i),
        sep: igd({ masukAt: hhmm(14 + (i % 9), (7 * i) % 60) }),
      });
      (coded ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
