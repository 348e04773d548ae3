// DOMAIN.md section 3, UPCODING, a primary swapped to a dearer group: elderly patients with
// epilepsy after an old stroke (G40.9, sequelae I69.4) come in with a seizure, which groups as
// seizures (G-4-15). A class C private hospital in Bojonegoro codes a new cerebral infarction
// (I63.9) as the primary, the seizure second, and the stay groups as stroke (G-4-14, 1.7 times).
// A new infarct is confirmed on a CT scan (87.03) and kept a week; these stays have no CT, last
// two or three days and cost what the hospital's seizure stays cost (context beside them).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-UPCODE-96',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C di Bojonegoro mengode kejang pada pasien epilepsi pasca-stroke lama sebagai infark serebral baru (I63.9) di diagnosis utama sehingga masuk grup stroke; tanpa CT scan, 2-3 hari, biaya setara rawat kejang.',
    en: 'A class C private hospital in Bojonegoro codes seizures of patients with epilepsy after an old stroke as a new cerebral infarction (I63.9) in first place, grouping them as stroke; no CT scan, two to three days, the cost of a seizure stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.bojonegoro, hospitalClass: 'C' });
    const neurologists = [ctx.doctor({ specialty: 'SP_N', at: [rs] }), ctx.doctor({ specialty: 'SP_N', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 58 + ((i * 3) % 20) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2 + (i % 2)),
        cbg: coded ? 'G-4-14-I' : 'G-4-15-I',
        dx: coded ? ['I63.9', 'G40.9', 'I69.4'] : ['G40.9', 'I69.4'],
        px: ['89.52'],
        dpjp: neurologists[i % 2] as string,
        billedRatio: coded ? billOf('G-4-15-I', 'G-4-14-I') : 0.85,
        scale: bill(9600 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 5) % 16), (23 * i) % 60) }),
      });
    const fraud = every('2026-01-09', 7, 19).map((day, i) => stay(day, i, true));
    const context = every('2026-01-15', 5, 25).map((day, i) => stay(day, 10 + i, false));
    return { fraud, context };
  },
});
