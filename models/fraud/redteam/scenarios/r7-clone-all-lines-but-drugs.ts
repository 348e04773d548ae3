// DOMAIN.md section 3, CLONING. Drugs are the line that differs most between honest patients
// (dosed by weight and course), so a copier who changes only that line hides the copy where
// the eye expects variation: seven dengue patients of one class C hospital get the template's
// seventeen other components to the rupiah (room, nursing, tests, consumables, fees), only
// the drug line moved by -22 to +25 per cent; the same four days, diagnosis and procedure,
// among six honest dengue stays whose every line differs.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import type { PatientRow } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

/** The drug line of each copy as a share of the template's. */
const DRUG_FACTORS = [0.78, 1.12, 0.91, 1.25, 0.85, 1.05, 1.19] as const;

export default defineScenario({
  id: 'RT-CLONE-73',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Tujuh pasien demam dengue di RS kelas C mendapat tujuh belas komponen tagihan templat sampai rupiah (kamar, keperawatan, laboratorium, BMHP, jasa), hanya komponen obat digeser -22 sampai +25 persen; empat hari, diagnosis dan tindakan sama, di antara enam rawat dengue yang jujur.',
    en: 'Seven dengue patients at a class C hospital get the template bill’s seventeen other components to the rupiah (room, nursing, tests, consumables, fees), only the drug line moved by -22 to +25 per cent; the same four days, diagnosis and procedure, among six honest dengue stays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.singkawang, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const stay = (row: PatientRow, i: number) => {
      const [sex, born, day] = row;
      return {
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3 as const, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-13-I',
        dx: ['A90'],
        px: ['90.59'],
        dpjp: internist,
        sep: igd({ masukAt: hhmm(9 + (i % 12), 5 * (i % 12)) }),
      };
    };
    const honest: PatientRow[] = [
      ['L', '1995-02-10', '2026-01-12'],
      ['P', '1987-07-25', '2026-02-02'],
      ['L', '2002-11-14', '2026-02-23'],
      ['P', '1979-04-03', '2026-03-16'],
      ['L', '1991-09-19', '2026-04-06'],
      ['P', '1999-12-28', '2026-04-27'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) => ctx.claim({ ...stay(row, i), scale: bill(810 + i) }));
    const template = componentsOf(context[0] as BuiltClaim);
    const copies: PatientRow[] = [
      ['P', '1993-03-07', '2026-01-22'],
      ['L', '1984-08-16', '2026-02-12'],
      ['L', '2000-05-29', '2026-03-05'],
      ['P', '1976-10-11', '2026-03-26'],
      ['L', '1997-01-24', '2026-04-16'],
      ['P', '1989-06-06', '2026-05-07'],
      ['L', '2004-02-17', '2026-05-21'],
    ];
    const fraud: BuiltClaim[] = copies.map((row, n) =>
      ctx.claim({
        ...stay(row, 10 + n),
        components: { ...template, tarif_obat: Math.round(((template.tarif_obat ?? 0) * (DRUG_FACTORS[n] ?? 1)) / 100) * 100 },
      }),
    );
    return { context, fraud };
  },
});
