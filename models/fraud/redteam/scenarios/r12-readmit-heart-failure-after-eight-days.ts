// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster",
// placed just past the seven-day window of the unbundling rule. At a new class C private hospital
// in Konawe Selatan (Southeast Sulawesi, WITA) most heart-failure patients stay five to six days and
// do not come back (context). Four patients are sent home on the third day, still congested, and
// come back through the emergency room eight to eleven days later with the same failure, twice
// each: three short stays where one full stay would have done.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-READMIT-121',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C baru di Konawe Selatan: kebanyakan pasien gagal jantung dirawat 5-6 hari dan tidak kembali; empat pasien dipulangkan hari ketiga masih sesak dan kembali lewat IGD 8-11 hari kemudian dengan gagal jantung yang sama, dua kali masing-masing: tiga rawat inap singkat untuk satu perawatan.',
    en: 'At a new class C private hospital in Konawe Selatan most heart-failure patients stay five to six days and do not return; four are sent home on the third day still congested and come back through the emergency room eight to eleven days later with the same failure, twice each: three short stays for one course of care.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.konaweSelatan, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 14, 7).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 55 + ((i * 3) % 25) });
      const stay = (masuk: string, los: number, k: number): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'I-4-12-I',
          dx: k % 2 ? ['I50.0', 'I11.0'] : ['I50.0'],
          px: ['89.52', '88.72'],
          dpjp: internist,
          scale: bill(13_800 + 3 * i + k),
          sep: igd({ masukAt: hhmm(18 + ((i + k) % 5), (7 * i + 11 * k) % 60) }),
        });
      if (i % 3 !== 0 || i > 9) {
        context.push(stay(day, 5 + (i % 2), 0));
        return;
      }
      context.push(stay(day, 3, 0));
      const second = addDays(day, 3 + 8 + (i % 4));
      fraud.push(stay(second, 3, 1));
      fraud.push(stay(addDays(second, 3 + 9 + (i % 3)), 3, 2));
    });
    return { fraud, context };
  },
});
