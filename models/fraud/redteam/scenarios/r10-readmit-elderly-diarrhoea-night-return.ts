// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster".
// Older patients with diarrhoea and dehydration need their fluid deficit replaced and their kidney
// function back before they go home. One internist of a new class D private hospital in Wonosobo
// sends them home on the morning of day two, still weak and on nothing but oral rehydration salts;
// four to nine days later they come back through the emergency department at night with the same
// diarrhoea and dehydration, and a second full stay is billed. Two payments for one illness, the
// second always arriving as an emergency so that it looks unplanned.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-READMIT-101',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Satu dokter penyakit dalam RS swasta kelas D baru di Wonosobo memulangkan pasien lansia diare dengan dehidrasi pada pagi hari kedua hanya dengan oralit; empat sampai sembilan hari kemudian mereka kembali lewat IGD malam hari dengan diare dan dehidrasi yang sama dan rawat kedua ditagih penuh.',
    en: 'One internist of a new class D private hospital in Wonosobo sends elderly patients with diarrhoea and dehydration home on the morning of day two with oral salts only; four to nine days later they return through the emergency department at night with the same illness and a second stay is billed.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.wonosobo, hospitalClass: 'D' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-11', 7, 17).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 66 + ((i * 3) % 14) });
      const home = addDays(day, 1);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'K-4-17-I',
          dx: ['A09', 'E86'],
          px: ['99.18'],
          dpjp: internist,
          scale: bill(11_800 + i),
          sep: igd({ masukAt: hhmm(16 + (i % 6), (7 * i) % 60), pulangAt: hhmm(8, 30) }),
        }),
      );
      const back = addDays(home, 4 + (i % 6));
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 3),
          cbg: 'K-4-17-I',
          dx: i % 3 ? ['A09', 'E86'] : ['K52.9', 'E86'],
          px: ['99.18'],
          dpjp: internist,
          scale: bill(11_820 + i),
          sep: igd({ masukAt: hhmm(22 + (i % 2), 5 * i) }),
        }),
      );
    });
    return { context, fraud };
  },
});
