// Near miss of UPCODING (a diagnosis in a higher group; RT-UPCODE-61 codes concussions as
// subdural haemorrhage). On Ternate, where the class B government hospital is the referral
// point of its islands, motorbike riders with a genuine traumatic subdural haemorrhage that
// needs no operation are treated conservatively, with what the diagnosis needs on the claim:
// a CT on arrival and a repeat CT (special-investigation top-up), two or three ICU days,
// seven to ten days, anticonvulsants and the bill of the group.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-NM-SUBDURAL-71',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Di Ternate, pengendara motor dengan perdarahan subdural traumatik yang tidak perlu operasi dirawat konservatif di RS pemerintah kelas B dengan semua yang dibutuhkan diagnosis itu: CT saat datang dan CT ulang (top-up SI), dua sampai tiga hari ICU, tujuh sampai sepuluh hari, tagihan sesuai kelompok.',
    en: 'On Ternate, motorbike riders with a genuine traumatic subdural haemorrhage needing no operation are treated conservatively at the class B government hospital with what the diagnosis needs: a CT on arrival and a repeat CT (SI top-up), two or three ICU days, seven to ten days, the bill of the group.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.ternate, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const neurosurgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const riders = [
      ['L', '1997-04-08', '2026-01-17', 8, 2],
      ['L', '2002-09-21', '2026-02-08', 10, 3],
      ['P', '1989-12-30', '2026-03-01', 7, 2],
      ['L', '1984-06-15', '2026-03-22', 9, 3],
      ['L', '2005-02-03', '2026-04-12', 8, 2],
      ['L', '1993-10-27', '2026-05-03', 10, 3],
    ] as const;
    const nearMiss: BuiltClaim[] = riders.map(([sex, born, day, los, icu], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'G-4-13-I',
        dx: ['S06.5', 'S00.9'],
        px: ['87.03', '88.38'],
        specialCmg: ['SI-01'],
        icuDays: icu,
        dpjp: i % 2 ? neurosurgeon : neurologist,
        scale: times(bill(1060 + i), { tarif_radiologi: 1.8 }),
        sep: igd({ masukAt: hhmm(18 + (i % 5), 15 + 6 * i) }),
      }),
    );
    return { nearMiss };
  },
});
