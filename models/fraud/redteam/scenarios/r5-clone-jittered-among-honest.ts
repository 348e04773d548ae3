// DOMAIN.md section 3, CLONING: "near-identical ... tariff vectors across different patients".
// The copier now hides among honest claims: an internist's typhoid stays at a class C hospital
// are genuine for eight patients (bills differ by 5-15% per component, four or five days), while
// seven other patients over four months get one template bill with every component nudged by
// at most half a percent, the same four days, diagnoses and procedures. Near-identical, never
// identical.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, componentsOf, referredPatient, scaled, times } from './r5-common.js';
import type { PatientRow } from './r5-common.js';

export default defineScenario({
  id: 'RT-CLONE-52',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Di antara delapan rawat inap tifoid yang jujur (tagihan berbeda 5-15% per komponen), tujuh pasien lain selama empat bulan mendapat satu tagihan templat dengan tiap komponen digeser paling banyak setengah persen, lama rawat, diagnosis dan prosedur sama: hampir identik, tidak pernah identik.',
    en: 'Among eight honest typhoid stays (bills differing by 5-15% per component), seven other patients over four months get one template bill with every component nudged by at most half a percent, the same four days, diagnoses and procedures: near-identical, never identical.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'C', offset: [0.02, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const stay = (row: PatientRow, los: number, i: number) => {
      const [sex, born, day] = row;
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['A01.0']);
      return {
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'A-4-11-I',
        dx: ['A01.0', 'D69.6'],
        px: ['99.21', '90.59'],
        dpjp: internist,
        scale: bill(i),
        sep: inap(p.referral),
      } as const;
    };
    const honest: PatientRow[] = [
      ['L', '1990-02-14', '2026-01-06'],
      ['P', '1984-07-03', '2026-01-20'],
      ['L', '2001-09-22', '2026-02-03'],
      ['P', '1995-12-30', '2026-02-19'],
      ['L', '1978-04-11', '2026-03-05'],
      ['P', '1999-06-06', '2026-03-24'],
      ['L', '1988-10-17', '2026-04-09'],
      ['P', '1993-03-28', '2026-04-27'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) =>
      ctx.claim({ ...stay(row, 4 + (i % 2), i), scale: times(bill(i), { tarif_kamar: 1 + 0.25 * (i % 2) }) }),
    );
    const template = context[0] as BuiltClaim;
    const base = componentsOf(template);
    const copies: PatientRow[] = [
      ['P', '1986-01-19', '2026-01-13'],
      ['L', '1997-05-08', '2026-01-29'],
      ['P', '1981-11-25', '2026-02-12'],
      ['L', '2000-08-02', '2026-03-02'],
      ['P', '1992-02-21', '2026-03-17'],
      ['L', '1983-07-14', '2026-04-02'],
      ['P', '1998-09-09', '2026-04-20'],
    ];
    const fraud: BuiltClaim[] = copies.map((row, n) =>
      ctx.claim({
        ...stay(row, 4, 0),
        scale: {},
        // a nudge of -0.5% .. +0.5%, different per component and per copy
        components: scaled(base, (_, i) => 1 + (((n * 7 + i * 3) % 11) - 5) / 1000),
      }),
    );
    return { context, fraud };
  },
});
