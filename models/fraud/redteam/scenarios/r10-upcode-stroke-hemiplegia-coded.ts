// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Weakness of one side is how a stroke shows itself; the coding
// agreement keeps hemiplegia (G81.9) off the acute stroke stay (it is coded on later
// rehabilitation episodes, beside I69.4). A new class C private hospital in Boyolali adds G81.9
// to its cerebral infarctions and groups them G-4-14-II: six days, one head CT, no physiotherapy
// or rehabilitation on the bill, the cost of the severity-I stays of the other neurologist.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-102',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Boyolali menambahkan hemiplegia (G81.9), gejala stroke itu sendiri, pada rawat stroke infark sehingga dikelompokkan G-4-14-II; enam hari, satu CT kepala, tanpa fisioterapi, biaya sama dengan stroke keparahan I dokter saraf lain.',
    en: 'A new class C private hospital in Boyolali adds hemiplegia (G81.9), the stroke’s own sign, to cerebral infarction stays, grouping them G-4-14-II; six days, one head CT, no physiotherapy, the cost of the other neurologist’s severity-I strokes.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.boyolali, hospitalClass: 'C' });
    const coding = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const plain = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 52 + ((i * 7) % 28) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 6 - (i % 2)),
        cbg: coded ? 'G-4-14-II' : 'G-4-14-I',
        dx: coded ? ['I63.9', 'G81.9', 'I10'] : ['I63.9', 'I10'],
        px: ['87.03'],
        dpjp: coded ? coding : plain,
        billedRatio: coded ? billOf('G-4-14-I', 'G-4-14-II') : 0.85,
        scale: bill(10_200 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 7) % 16), (17 * i) % 60) }),
      });
    const fraud = every('2026-01-12', 8, 16).map((day, i) => stay(day, i, true));
    const context = every('2026-01-19', 6, 20).map((day, i) => stay(day, 20 + i, false));
    return { fraud, context };
  },
});
