// Near miss of UNNECESSARY_TREATMENT (a high caesarean share). A class B maternity hospital
// (RSK, rumah sakit ibu dan anak) is its province's referral point for high-risk pregnancies:
// most of its mothers are transferred from class D hospitals or referred by puskesmas with an
// indication, and most are delivered by caesarean for it: severe pre-eclampsia (O14.1), a
// uterine scar (O34.2), breech (O64.1), obstructed labour. Every caesarean carries its
// indication; the few uncomplicated mothers deliver vaginally.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-RSIA-61',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS ibu dan anak kelas B adalah rujukan kehamilan risiko tinggi provinsinya: sebagian besar ibu dirujuk dari RS kelas D atau puskesmas dengan indikasi dan dilahirkan lewat seksio karena indikasi itu (preeklamsia berat, bekas seksio, sungsang); ibu tanpa penyulit bersalin normal.',
    en: 'A class B maternity hospital is its province’s referral point for high-risk pregnancies: most mothers come transferred from class D hospitals or referred by puskesmas with an indication and are delivered by caesarean for it (severe pre-eclampsia, uterine scar, breech); uncomplicated mothers deliver vaginally.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.bandarLampung, hospitalClass: 'B', type: 'RSK', offset: [0.01, 0.01] });
    const feeder = ctx.facility({ place: PLACES6.bandarLampung, hospitalClass: 'D', ownership: 'PEMERINTAH', offset: [0.08, -0.06] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyns = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    // birth date, admission, indication (empty: vaginal), way in (transfer, puskesmas, emergency)
    const mothers = [
      ['1991-02-14', '2026-01-06', 'O14.1', 'transfer'],
      ['1988-07-30', '2026-01-17', 'O34.2', 'puskesmas'],
      ['1995-11-08', '2026-01-29', 'O64.1', 'puskesmas'],
      ['1986-04-21', '2026-02-10', 'O14.1', 'transfer'],
      ['1999-09-03', '2026-02-22', '', 'igd'],
      ['1990-12-26', '2026-03-05', 'O34.2', 'puskesmas'],
      ['1993-06-12', '2026-03-18', 'O62.2', 'transfer'],
      ['1985-01-09', '2026-03-30', 'O14.1', 'transfer'],
      ['1997-08-17', '2026-04-11', 'O64.1', 'puskesmas'],
      ['2001-03-25', '2026-04-24', '', 'puskesmas'],
      ['1989-10-02', '2026-05-06', 'O34.2', 'puskesmas'],
      ['1994-05-19', '2026-05-18', 'O64.1', 'igd'],
    ] as const;
    const feederObgyn = ctx.doctor({ specialty: 'SP_OG', at: [feeder] });
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = mothers.map(([born, day, indication, way], i) => {
      const dx = indication ? [indication, 'O82.9'] : ['O80.0'];
      const p =
        way === 'puskesmas'
          ? referredPatient(ctx, { sex: 'P', birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, [indication || 'O80.0'])
          : { member: ctx.member({ sex: 'P', birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }), referral: null };
      let sep = igd({ masukAt: hhmm(3 + i, 15) });
      if (way === 'transfer') {
        // a night at the class D hospital (stabilised, no obstetric theatre team), transferred in the morning
        context.push(
          ctx.claim({
            member: p.member,
            facility: feeder,
            masuk: addDays(day, -1),
            pulang: day,
            cbg: 'O-6-14-I',
            dx: [indication],
            px: ['75.34'],
            discharge: 2,
            dpjp: feederObgyn,
            scale: bill(310 + i),
            sep: igd({ masukAt: hhmm(17 + (i % 5), 30), pulangAt: '07:30' }),
          }),
        );
        sep = inap(ctx.hospitalReferral(feeder, day), { masukAt: hhmm(9, 10 + i) });
      } else if (p.referral) sep = inap(p.referral, { masukAt: hhmm(8 + (i % 6), 40) });
      return ctx.claim({
        member: p.member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, indication ? 3 + (indication === 'O14.1' ? 1 : 0) : 2),
        cbg: indication ? 'O-6-10-I' : 'O-6-13-I',
        dx,
        px: indication ? ['74.1'] : ['73.59'],
        dpjp: obgyns[i % 2] as string,
        scale: bill(300 + i),
        sep,
      });
    });
    return { context, nearMiss };
  },
});
