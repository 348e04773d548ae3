// Near miss of READMISSION ("readmitted within 30 days with the same diagnosis cluster").
// Falciparum malaria in Papua recrudesces: after a full artemisinin course, parasites return
// within 28 days in a share of patients (WHO therapeutic-efficacy studies in Papua report
// such late failures), and the patient is admitted again with the same code. A private class
// C hospital in Sorong admits adults with falciparum malaria for four or five days and
// again eighteen to twenty-six days later, parasites back on the blood film, one step up in
// severity with anaemia.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-NM-MALARIA-71',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Malaria falsiparum di Papua dapat kambuh (rekrudesensi) dalam 28 hari setelah terapi artemisinin lengkap: RS swasta kelas C di Sorong merawat orang dewasa empat sampai lima hari dan lagi 18-26 hari kemudian dengan parasit kembali di sediaan darah, satu tingkat lebih berat dengan anemia.',
    en: 'Falciparum malaria in Papua recrudesces within 28 days of a full artemisinin course: a private class C hospital in Sorong admits adults for four or five days and again 18-26 days later with parasites back on the blood film, one step up in severity with anaemia.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.sorong, hospitalClass: 'C', offset: [-0.015, 0.02] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1986-02-13', '2026-01-14', 4, 21],
      ['L', '1979-07-26', '2026-02-05', 5, 18],
      ['P', '1992-09-03', '2026-02-27', 4, 26],
      ['L', '1983-12-22', '2026-03-20', 5, 23],
      ['P', '1998-05-11', '2026-04-09', 4, 19],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, los, gap], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PPU' : 'PBI', careClass: 3, regency: rs.regency });
      const home = addDays(day, los);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'A-4-14-I',
          dx: ['B50.9'],
          px: ['90.59'],
          dpjp: internist,
          scale: bill(1150 + i),
          sep: igd({ masukAt: hhmm(10 + i, 20) }),
        }),
      );
      const back = addDays(home, gap);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 5),
          cbg: 'A-4-14-II',
          dx: ['B50.9', 'D64.9'],
          px: ['90.59', '99.04'],
          dpjp: internist,
          scale: bill(1160 + i),
          sep: igd({ masukAt: hhmm(14 + i, 50) }),
        }),
      );
    });
    return { nearMiss };
  },
});
