// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". A low platelet count is part of dengue's own definition (WHO
// 2011), and the coding agreement of Kemenkes, BPJS Kesehatan and the hospitals' association says
// thrombocytopenia is not coded apart on a dengue stay. At a new class C private hospital in
// Cilacap three coders add D69.6 to about half of the dengue stays they code, from January to
// May, lifting A-4-13 one step, to severity II (never III): no transfusion, no blood service, four
// days like the rest. The uncoded half beside them (context) is the same care.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-101',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Tiga koder RS swasta kelas C baru di Cilacap menambahkan trombositopenia (D69.6), yang merupakan bagian dari definisi demam berdarah, pada sekitar separuh rawat inap dengue Januari-Mei sehingga keparahan naik ke II; tanpa transfusi, empat hari, tagihan sama dengan separuh lainnya.',
    en: 'Three coders of a new class C private hospital in Cilacap add thrombocytopenia (D69.6), part of the definition of dengue, to about half the dengue stays they code from January to May, lifting severity to II; no transfusion, four days, the same bill as the other half.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.cilacap, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: i % 2 ? 8 + (i % 7) : 19 + ((i * 5) % 30) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 - (i % 3 === 0 ? 1 : 0)),
        cbg: coded ? 'A-4-13-II' : 'A-4-13-I',
        dx: coded ? [i % 4 ? 'A91' : 'A90', 'D69.6'] : [i % 4 ? 'A91' : 'A90'],
        px: ['90.59'],
        dpjp: doctors[i % 2] as string,
        coder: 1 + (i % 3),
        billedRatio: coded ? billOf('A-4-13-I', 'A-4-13-II') : 0.85,
        scale: bill(10_100 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 5) % 14), (11 * i) % 60) }),
      });
    // one admission every eight days, every other one coded up
    const days = every('2026-01-08', 18, 8);
    const fraud = days.filter((_, i) => i % 2 === 0).map((day, k) => stay(day, 2 * k, true));
    const context = days.filter((_, i) => i % 2 === 1).map((day, k) => stay(day, 2 * k + 1, false));
    return { fraud, context };
  },
});
