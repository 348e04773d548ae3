// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". The copier knows the signal looks at one doctor
// and a few days, so the copies are spread thin: one honest appendectomy bill (every
// component to the rupiah, three days) is reused once a month for five months, each copy
// under another of the hospital's four surgeons and another coder, among ten honest
// appendectomies whose bills differ as patients do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import type { PatientRow } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-CLONE-71',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Satu tagihan apendektomi yang jujur (semua komponen sama sampai rupiah, tiga hari) dipakai ulang sebulan sekali selama lima bulan, setiap salinan atas nama dokter bedah dan koder lain, di antara sepuluh apendektomi jujur yang tagihannya berbeda.',
    en: 'One honest appendectomy bill (every component to the rupiah, three days) reused once a month for five months, each copy under another surgeon and another coder, among ten honest appendectomies whose bills differ.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.pematangsiantar, hospitalClass: 'B', offset: [0.01, 0.01] });
    const surgeons = [0, 1, 2, 3].map(() => ctx.doctor({ specialty: 'SP_B', at: [rs] }));
    const operate = (row: PatientRow, los: number, surgeon: number, i: number) => {
      const [sex, born, day] = row;
      return {
        member: ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PBI' : 'PPU', careClass: 3 as const, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: surgeons[surgeon % 4] as string,
        coder: 1 + (surgeon % 4),
        sep: igd({ masukAt: hhmm(14 + (i % 8), 10 + 4 * (i % 10)) }),
      };
    };
    const honest: PatientRow[] = [
      ['L', '1998-04-12', '2026-01-05'],
      ['P', '2004-09-30', '2026-01-21'],
      ['L', '1986-02-18', '2026-02-07'],
      ['P', '1992-11-03', '2026-02-22'],
      ['L', '2001-06-26', '2026-03-06'],
      ['L', '1979-12-09', '2026-03-24'],
      ['P', '1995-03-15', '2026-04-08'],
      ['L', '2006-08-01', '2026-04-25'],
      ['P', '1988-05-20', '2026-05-09'],
      ['L', '1999-10-07', '2026-05-26'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) => ctx.claim({ ...operate(row, 2 + (i % 3), i, i), scale: bill(770 + i) }));
    // the second honest stay (surgeon 1) is three days: the copies keep its days and every rupiah
    const template = componentsOf(context[1] as BuiltClaim);
    const copies: PatientRow[] = [
      ['L', '1990-07-23', '2026-01-14'],
      ['P', '1997-01-08', '2026-02-13'],
      ['L', '1983-05-31', '2026-03-16'],
      ['L', '2003-11-19', '2026-04-15'],
      ['P', '1986-09-04', '2026-05-18'],
    ];
    // the template is surgeon 1's: each copy goes to another surgeon, in turn
    const fraud: BuiltClaim[] = copies.map((row, n) => ctx.claim({ ...operate(row, 3, 2 + (n % 3), 20 + n), components: template }));
    return { context, fraud };
  },
});
