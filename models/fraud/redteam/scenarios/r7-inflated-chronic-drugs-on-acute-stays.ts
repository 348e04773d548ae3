// DOMAIN.md section 2 (chronic drugs are a tariff component of their own) and section 3,
// INFLATED_BILL. Acute stays of young adults with no chronic condition (dengue, typhoid,
// appendectomy) at a class C hospital carry Rp0.9-1.5 million of chronic drugs (obat kronis,
// the month's supply of a diabetic or hypertensive) on top of their ordinary drug line: a
// line no diagnosis on the claim explains. The other lines are those of each patient.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-INFLATED-72',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Rawat inap akut pasien dewasa muda tanpa penyakit kronis (dengue, tifoid, apendektomi) di RS kelas C membawa obat kronis Rp0,9-1,5 juta (persediaan sebulan pasien diabetes atau hipertensi) di samping obat biasa: komponen yang tidak dijelaskan diagnosis apa pun.',
    en: 'Acute stays of young adults with no chronic condition (dengue, typhoid, appendectomy) at a class C hospital carry Rp0.9-1.5 million of chronic drugs (a diabetic’s or hypertensive’s month) besides the ordinary drug line: a line no diagnosis on the claim explains.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.bitung, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const groups = [
      { cbg: 'A-4-13-I', dx: ['A90'], px: ['90.59'], dpjp: internist, los: 4 },
      { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'], dpjp: internist, los: 4 },
      { cbg: 'K-1-12-I', dx: ['K35.8'], px: ['47.09'], dpjp: surgeon, los: 3 },
    ] as const;
    const patients = [
      ['L', '1998-02-08', '2026-01-09', 1_200_000],
      ['P', '2001-06-19', '2026-01-30', 950_000],
      ['L', '1994-11-27', '2026-02-20', 1_450_000],
      ['P', '1996-04-03', '2026-03-13', 1_100_000],
      ['L', '2003-09-15', '2026-04-03', 1_350_000],
      ['P', '1992-12-21', '2026-04-24', 900_000],
      ['L', '1999-07-30', '2026-05-15', 1_500_000],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, chronic], i) => {
      const g = groups[i % 3] as (typeof groups)[number];
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, g.los),
        cbg: g.cbg,
        dx: g.dx,
        px: g.px,
        dpjp: g.dpjp,
        scale: bill(870 + i),
        components: { tarif_obat_kronis: chronic },
        sep: igd({ masukAt: hhmm(13 + (i % 8), 5 + 7 * i) }),
      });
    });
    return { fraud };
  },
});
