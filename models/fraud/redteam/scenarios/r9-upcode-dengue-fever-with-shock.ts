// DOMAIN.md section 3, UPCODING: a severity secondary that contradicts the primary. A90 is
// classical dengue fever, which ICD-10 keeps apart from dengue haemorrhagic fever and its shock
// (A91); a coder at a class C private hospital in Kudus adds shock (R57.0) to A90 stays, and the
// grouper lifts A-4-13 from severity I to III. A shocked dengue patient gets fluid boluses,
// haematocrit every few hours and often intensive care, and is not home on day three. These
// children and young adults go home after three or four days, no ICU, the bill of a mild fever.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-UPCODE-92',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Koder RS swasta kelas C di Kudus menambahkan syok (R57.0) pada demam dengue klasik (A90, yang menurut ICD-10 tanpa syok) sehingga keparahan naik ke III; pasien pulang hari ketiga-keempat tanpa ICU, tagihan setara demam ringan.',
    en: 'The coder of a class C private hospital in Kudus adds shock (R57.0) to classical dengue fever (A90, which ICD-10 keeps apart from shocked dengue), lifting severity to III; patients go home on day three or four without ICU, the bill of a mild fever.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.kudus, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_A', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: i % 2 ? 8 + (i % 6) : 19 + ((i * 5) % 20) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 2)),
        cbg: coded ? 'A-4-13-III' : 'A-4-13-I',
        dx: coded ? ['A90', 'R57.0'] : ['A90'],
        px: ['90.59'],
        dpjp: doctors[i % 2] as string,
        billedRatio: coded ? billOf('A-4-13-I', 'A-4-13-III') : 0.85,
        scale: bill(9200 + i),
        sep: igd({ masukAt: hhmm(15 + (i % 7), (17 * i) % 60) }),
      });
    const fraud = every('2026-01-19', 7, 15).map((day, i) => stay(day, i, true));
    const context = every('2026-01-23', 6, 18).map((day, i) => stay(day, 10 + i, false));
    return { fraud, context };
  },
});
