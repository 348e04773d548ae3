// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and
// severity". Week-long adult stays are watched, so the private class C hospital stretches the
// stays of newborns, whose parents do not argue: term babies born there and brought back on
// day three or four with ordinary jaundice (P59.9, P-8-11-I, norm three days) are kept seven or
// eight days. Phototherapy and the bilirubin tests of a three-day course are on the bill; only
// room and nursing follow the days. The mothers' deliveries are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7, couple, newborn } from './r7-common.js';

export default defineScenario({
  id: 'RT-LOS-71',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C menahan bayi cukup bulan yang kembali hari ketiga atau keempat dengan ikterus biasa (P59.9, norma tiga hari) selama tujuh atau delapan hari; fototerapi dan pemeriksaan bilirubin setara tiga hari, hanya kamar dan keperawatan mengikuti hari.',
    en: 'A private class C hospital keeps term babies brought back on day three or four with ordinary jaundice (P59.9, norm three days) for seven or eight days; phototherapy and bilirubin tests of a three-day course, only room and nursing follow the days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.cimahi, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyn = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = [
      ['1994-03-08', '1997-06-21', '2026-01-08', 'L', 3, 7],
      ['1990-10-14', '1993-01-30', '2026-01-29', 'P', 4, 8],
      ['1996-07-02', '1999-11-11', '2026-02-19', 'L', 3, 8],
      ['1988-12-25', '1992-04-05', '2026-03-12', 'P', 3, 7],
      ['1993-05-17', '1998-08-27', '2026-04-02', 'L', 4, 7],
      ['1991-09-09', '1995-02-13', '2026-04-23', 'P', 3, 8],
      ['1995-01-20', '2000-03-03', '2026-05-14', 'L', 4, 7],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    births.forEach(([fatherBorn, motherBorn, day, sex, back, los], i) => {
      const { household, mother } = couple(ctx, { regency: rs.regency, fatherBorn, motherBorn, segment: 'PBPU', careClass: 3 });
      const referral = referredBy(ctx, mother, puskesmas, rs, day, ['O80.0']);
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: obgyn,
          scale: bill(730 + i),
          sep: inap(referral, { masukAt: '05:40' }),
        }),
      );
      const baby = newborn(ctx, { household, mother, sex, born: day, registeredAfter: 2 });
      fraud.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: addDays(day, back),
          pulang: addDays(day, back + los),
          cbg: 'P-8-11-I',
          dx: ['P59.9'],
          px: ['90.59'],
          dpjp: paediatrician,
          scale: times(bill(740 + i), { tarif_kamar: los / 3, tarif_keperawatan: los / 3 }),
          sep: igd({ masukAt: hhmm(8 + i, 10) }),
        }),
      );
    });
    return { context, fraud };
  },
});
