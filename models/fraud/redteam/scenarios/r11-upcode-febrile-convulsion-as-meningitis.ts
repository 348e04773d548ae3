// DOMAIN.md section 3, UPCODING: a diagnosis coded higher "with no supporting procedure or tariff
// component". Meningitis is made on the cerebrospinal fluid (lumbar puncture, 03.31) and treated
// with ten to fourteen days of intravenous antibiotics (WHO Pocket Book of Hospital Care for
// Children, 2013). A new class C private hospital in Halmahera Utara (Maluku Utara, WIT) admits
// toddlers with simple febrile convulsions for two nights (G-4-15-I); for three of them, in
// February, March and April, the paediatrician writes "suspect meningitis" and the coder codes
// meningitis (G03.9) first, grouped G-4-15-III: no lumbar puncture, no antibiotic injection, home
// on day two or three like the others, the bill of a febrile convulsion.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UPCODE-113',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Halmahera Utara merawat balita kejang demam sederhana dua malam; tiga di antaranya (Februari, Maret, April) dikode meningitis (G03.9) sebagai diagnosis utama, keparahan III, tanpa pungsi lumbal, tanpa suntikan antibiotik, pulang hari kedua atau ketiga, tagihan kejang demam.',
    en: 'A new class C private hospital in Halmahera Utara keeps toddlers with simple febrile convulsions two nights; three of them (February, March, April) are coded meningitis (G03.9) as primary, severity III, with no lumbar puncture and no antibiotic injection, home on day two or three, the bill of a febrile convulsion.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.halmaheraUtara, hospitalClass: 'C' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const stay = (day: string, i: number, raised: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 1 + (i % 4) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2 + (i % 3 === 0 ? 1 : 0)),
        cbg: raised ? 'G-4-15-III' : 'G-4-15-I',
        dx: raised ? ['G03.9', 'R56.0'] : i % 2 ? ['R56.0', 'J06.9'] : ['R56.0'],
        px: ['90.59'],
        dpjp: paediatrician,
        coder: 1 + (i % 2),
        billedRatio: raised ? billOf('G-4-15-I', 'G-4-15-III') : 0.85,
        scale: bill(13_300 + i),
        sep: igd({ masukAt: hhmm((17 + 3 * i) % 24, (11 * i) % 60) }),
      });
    const context = every('2026-01-09', 14, 9).map((day, i) => stay(day, i, false));
    const fraud = ['2026-02-20', '2026-03-27', '2026-04-24'].map((day, k) => stay(day, 20 + k, true));
    return { fraud, context };
  },
});
