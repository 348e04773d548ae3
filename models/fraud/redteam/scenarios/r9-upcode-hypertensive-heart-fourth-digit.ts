// DOMAIN.md section 3, UPCODING, a swapped fourth digit: I11.9 is hypertensive heart disease
// without heart failure, I11.0 the same with heart failure. A class C private hospital in
// Lamongan admits hypertensive urgencies for two or three days and codes I11.0, which groups
// them with heart failure (I-4-12, 1.7 times the hypertension group I-4-17). Heart failure is
// worked up with an echocardiogram (88.72) and treated with diuretics over five days; these
// stays have an ECG only, last the hypertension group's three days and cost what its stays cost.
// Honest hypertension stays at the same hospital are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-UPCODE-95',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C di Lamongan mengganti digit keempat I11.9 (penyakit jantung hipertensi tanpa gagal jantung) menjadi I11.0 (dengan gagal jantung) pada rawat krisis hipertensi 2-3 hari sehingga masuk grup gagal jantung; hanya EKG, tanpa ekokardiografi, tagihan setara rawat hipertensi.',
    en: 'A class C private hospital in Lamongan turns the fourth digit of I11.9 (hypertensive heart disease without heart failure) into I11.0 (with heart failure) on two- to three-day hypertensive urgency stays, grouping them as heart failure; an ECG only, no echocardiogram, the bill of a hypertension stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.lamongan, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 48 + ((i * 5) % 25) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2 + (i % 2)),
        cbg: coded ? 'I-4-12-I' : 'I-4-17-I',
        dx: [coded ? 'I11.0' : 'I11.9'],
        px: ['89.52'],
        dpjp: doctors[i % 2] as string,
        billedRatio: coded ? billOf('I-4-17-I', 'I-4-12-I') : 0.85,
        scale: bill(9500 + i),
        sep: igd({ masukAt: hhmm(16 + (i % 6), (19 * i) % 60) }),
      });
    const fraud = every('2026-01-12', 8, 16).map((day, i) => stay(day, i, true));
    const context = every('2026-01-26', 5, 22).map((day, i) => stay(day, 10 + i, false));
    return { fraud, context };
  },
});
