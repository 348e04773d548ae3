// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis
// cluster". The billing office knows a returning pneumonia is matched on its diagnosis, so the
// return is coded in another chapter: elderly pneumonia patients of a class C hospital go home
// on day two or three (norm five) and come back nine to eighteen days later, coded as sepsis
// (A41.9, A-4-10, the infection chapter) with the pneumonia as secondary, the same internist.
// The sepsis stay has no ICU day, no blood culture line beyond an ordinary stay's, and the
// antibiotics of a pneumonia course.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-READMIT-71',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Pasien lansia dengan pneumonia di RS kelas C dipulangkan hari kedua atau ketiga (norma lima) dan kembali 9-18 hari kemudian, dikode sepsis (A41.9) dengan pneumonia sebagai sekunder, dokter penyakit dalam sama, tanpa hari ICU.',
    en: 'Elderly pneumonia patients of a class C hospital go home on day two or three (norm five) and come back 9-18 days later coded as sepsis (A41.9) with the pneumonia as secondary, the same internist, no ICU day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.baubau, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1947-02-26', '2026-01-08', 2, 11],
      ['P', '1951-07-13', '2026-01-29', 3, 9],
      ['L', '1944-11-04', '2026-02-19', 2, 16],
      ['P', '1949-04-21', '2026-03-12', 3, 13],
      ['L', '1953-09-08', '2026-04-02', 2, 18],
      ['P', '1946-12-17', '2026-04-23', 3, 10],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, los, gap], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const home = addDays(day, los);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '99.21'],
          dpjp: internist,
          scale: bill(990 + i),
          sep: igd({ masukAt: hhmm(19 + (i % 4), 5) }),
        }),
      );
      const back = addDays(home, gap);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 5),
          cbg: 'A-4-10-I',
          dx: ['A41.9', 'J18.9'],
          px: ['99.21'],
          dpjp: internist,
          scale: bill(1000 + i),
          sep: igd({ masukAt: hhmm(9 + (i % 6), 35) }),
        }),
      );
    });
    return { context, fraud };
  },
});
