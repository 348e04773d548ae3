// DOMAIN.md section 3, PARTICIPANT_ABUSE: "diagnosis inconsistent with age/sex", a year or three
// past the line. In Timor Tengah Selatan (East Nusa Tenggara, WITA) young wives not yet registered
// with JKN deliver by caesarean section at a new class C government hospital under the card of
// their husband's mother, who lives on the same family card and is 51 to 53: a delivery at an age
// the pregnancy codes allow up to 50. The hospital's other caesareans are of women 19 to 44, one
// honestly of a woman of 46 (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const BORROWED = new Map([
  [3, 51],
  [7, 53],
  [10, 52],
]);

export default defineScenario({
  id: 'RT-ABUSE-121',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Di Timor Tengah Selatan, istri muda yang belum terdaftar JKN melahirkan secara sesar di RS pemerintah kelas C baru dengan kartu ibu mertuanya yang satu kartu keluarga dan berusia 51-53 tahun, usia di atas batas 50 tahun kode kehamilan; sesar lain di RS itu wanita 19-44 tahun, satu jujur 46 tahun.',
    en: 'In Timor Tengah Selatan, young wives not yet registered with JKN deliver by caesarean at a new class C government hospital on the card of their husband’s mother, on the same family card and aged 51 to 53, past the 50-year limit of the pregnancy codes; the hospital’s other caesareans are of women 19 to 44, one honestly of 46.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.timorTengahSelatan, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 13, 9).forEach((day, i) => {
      const age = BORROWED.get(i);
      let member;
      if (age !== undefined) {
        const household = ctx.household(rs.regency);
        ctx.member({
          sex: 'L',
          birthDate: bornBefore(day, age - 24, i),
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
          family: { household, role: 'KEPALA' },
        });
        member = ctx.member({
          sex: 'P',
          birthDate: bornBefore(day, age, i),
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
          family: { household, role: 'FAMILI_LAIN' },
        });
      } else member = patient(ctx, rs, day, i, { age: i === 5 ? 46 : 19 + ((i * 3) % 26), sex: 'P' });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'O-6-10-I',
        dx: i % 2 ? ['O82.9', 'O34.2'] : ['O82.0', 'O64.1'],
        px: ['74.1'],
        dpjp: obstetrician,
        scale: bill(14_100 + i),
        sep: igd({ masukAt: hhmm((4 + 7 * i) % 24, (9 * i) % 60) }),
      });
      (age !== undefined ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
