// DOMAIN.md section 3, READMISSION ("readmitted within 30 days with the same diagnosis
// cluster"), dressed as the patient's choice: a class C private hospital in Bone discharges
// pneumonia patients on day two or three "at their own request" (discharge status 3, pulang atas
// permintaan sendiri), then admits them again four to ten days later with the same pneumonia,
// each half a full INA-CBG payment for one illness. The first stays are context; the second
// stays are the fraud. Own-request discharges elsewhere are rare and seldom come back in a week.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-READMIT-91',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C di Bone memulangkan pasien pneumonia hari ke-2-3 dengan status pulang atas permintaan sendiri lalu merawatnya lagi 4-10 hari kemudian dengan pneumonia yang sama; dua pembayaran untuk satu penyakit.',
    en: 'A class C private hospital in Bone discharges pneumonia patients on day two or three as "at own request", then admits them again four to ten days later with the same pneumonia: two payments for one illness.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.bone, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-13', 6, 22).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 45 + ((i * 7) % 30) });
      const out = addDays(day, 2 + (i % 2));
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: out,
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '99.21'],
          discharge: 3,
          dpjp: doctors[i % 2] as string,
          scale: bill(9110 + i),
          sep: igd({ masukAt: hhmm(18 + (i % 5), (7 * i) % 60) }),
        }),
      );
      const back = addDays(out, 4 + ((i * 3) % 7));
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 4),
          cbg: 'J-4-16-I',
          dx: [i % 2 ? 'J18.0' : 'J18.9'],
          px: ['87.44', '99.21'],
          dpjp: doctors[i % 2] as string,
          scale: bill(9120 + i),
          sep: igd({ masukAt: hhmm(9 + (i % 8), (23 * i) % 60) }),
        }),
      );
    });
    return { fraud, context };
  },
});
