// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster",
// past the 7-day window and under another doctor. A new class C private hospital in Rembang (Central
// Java) admits uncontrolled type 2 diabetes for insulin titration, five days (fourteen stays,
// context). Four patients are sent home on the second day, sugars still high, and come back 15 to
// 24 days later through the emergency room with the same hyperglycaemia, now under the hospital's
// second internist: two short stays for one course of titration.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const CUT_SHORT = new Set([1, 4, 8, 11]);

export default defineScenario({
  id: 'RT-READMIT-131',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C baru di Rembang merawat diabetes tipe 2 tidak terkontrol lima hari untuk titrasi insulin. Empat pasien dipulangkan hari kedua dengan gula masih tinggi dan kembali lewat IGD 15-24 hari kemudian dengan hiperglikemia yang sama, kini di bawah internis kedua: dua rawat inap singkat untuk satu titrasi.',
    en: 'A new class C private hospital in Rembang admits uncontrolled type 2 diabetes for insulin titration over five days. Four patients are sent home on the second day with sugars still high and return through the emergency room 15 to 24 days later with the same hyperglycaemia, now under the second internist: two short stays for one titration.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.rembang, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 14, 7.5).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 46 + ((i * 4) % 30) });
      const short = CUT_SHORT.has(i);
      const stay = (masuk: string, los: number, k: number): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'E-4-10-I',
          dx: k === 1 && i % 2 ? ['E11.9', 'E86'] : ['E11.9'],
          px: ['99.18'],
          dpjp: internists[k === 1 ? 1 : 0] as string,
          scale: bill(14_700 + 2 * i + k),
          components: { tarif_obat_kronis: 180_000 + 10_000 * i },
          sep: igd({ masukAt: hhmm(13 + ((i + 3 * k) % 9), (19 * i + k) % 60) }),
        });
      if (!short) {
        context.push(stay(day, 5, 0));
        return;
      }
      context.push(stay(day, 2, 0));
      fraud.push(stay(addDays(day, 2 + 15 + ((i * 3) % 10)), 2, 1));
    });
    return { fraud, context };
  },
});
