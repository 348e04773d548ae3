// DOMAIN.md section 3, READMISSION: a class C private hospital in Minahasa sends stroke patients
// home after three days, still unable to walk, and takes them back nine to fourteen days later
// for "the same" cerebral infarction, coded as a new one (I63.9 again, no CT repeated, no new
// deficit coded), so that one stroke is paid twice. The first stays are context; the returns,
// all within the 30 days of the taxonomy's window, are the fraud.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-READMIT-92',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C di Minahasa memulangkan pasien stroke setelah tiga hari dan merawatnya kembali 9-14 hari kemudian sebagai infark serebral baru (I63.9 lagi, tanpa CT ulang); satu stroke dibayar dua kali.',
    en: 'A class C private hospital in Minahasa sends stroke patients home after three days and takes them back nine to fourteen days later as a new cerebral infarction (I63.9 again, no repeat CT): one stroke paid twice.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.minahasa, hospitalClass: 'C' });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 6, 23).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 57 + ((i * 5) % 22) });
      const out = addDays(day, 3);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: out,
          cbg: 'G-4-14-I',
          dx: ['I63.9', 'I10'],
          px: ['87.03'],
          dpjp: neurologist,
          scale: bill(9130 + i),
          sep: igd({ masukAt: hhmm(6 + ((i * 3) % 15), (13 * i) % 60) }),
        }),
      );
      const back = addDays(out, 9 + (i % 6));
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 4),
          cbg: 'G-4-14-I',
          dx: ['I63.9', 'I10'],
          px: ['89.52'],
          dpjp: neurologist,
          scale: bill(9140 + i),
          sep: igd({ masukAt: hhmm(8 + (i % 9), (29 * i) % 60) }),
        }),
      );
    });
    return { fraud, context };
  },
});
