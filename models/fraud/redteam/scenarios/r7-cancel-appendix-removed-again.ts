// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure billed but not done". Token fees and
// missing theatre lines are caught, so a private class C hospital bills the appendectomies it
// did not do in full: theatre fee, operation time, consumables, two days. The appendix is
// still there: four to twelve days later the same young patients reach the emergency
// department of the government hospital in the next city (about 60 km) with acute
// appendicitis and have it removed there (context, honest). An appendix comes out once.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-CANCEL-71',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C di Tegal menagih apendektomi secara penuh (jasa operasi, waktu operasi, BMHP, dua hari) yang tidak dikerjakan; 4-12 hari kemudian pasien yang sama datang ke IGD RS pemerintah di Pekalongan dengan apendisitis akut dan usus buntunya diangkat di sana.',
    en: 'A private class C hospital in Tegal bills in full (theatre fee, operation time, consumables, two days) appendectomies it never did; 4-12 days later the same patients reach the emergency department of a government hospital in Pekalongan with acute appendicitis and have the appendix removed there.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.tegal, hospitalClass: 'C', offset: [0.01, 0.01] });
    const other = ctx.facility({ place: PLACES7.pekalongan, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.01, 0.01] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const otherSurgeon = ctx.doctor({ specialty: 'SP_B', at: [other] });
    const patients = [
      ['L', '2001-03-19', '2026-01-11', 6],
      ['P', '1997-08-05', '2026-02-01', 9],
      ['L', '2005-12-22', '2026-02-22', 4],
      ['P', '1993-06-14', '2026-03-15', 12],
      ['L', '1999-01-28', '2026-04-05', 7],
      ['P', '2003-10-09', '2026-04-26', 5],
    ] as const;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, later], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg: 'K-1-12-I',
          dx: ['K35.8'],
          px: ['47.09'],
          dpjp: surgeon,
          scale: bill(820 + i),
          sep: igd({ masukAt: hhmm(17 + (i % 5), 25) }),
        }),
      );
      const back = addDays(day, 2 + later);
      context.push(
        ctx.claim({
          member,
          facility: other,
          masuk: back,
          pulang: addDays(back, 3),
          cbg: 'K-1-12-I',
          dx: ['K35.8'],
          px: ['47.09'],
          dpjp: otherSurgeon,
          scale: bill(830 + i),
          sep: igd({ masukAt: hhmm(8 + i, 50) }),
        }),
      );
    });
    return { context, fraud };
  },
});
