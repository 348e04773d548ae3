// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h". Adult ICUs are
// watched, so a private class C hospital's neonatal unit does it: preterm babies with
// respiratory distress (P-8-17-II) are recorded at 97-102 ventilator hours with the long-
// ventilation code 96.72, whatever their birth weight and course; honest neonatal ventilation
// spreads from a day to weeks. Intubation, ICU days and stays fit the hours. The mothers'
// caesareans are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES7, couple, newborn } from './r7-common.js';

export default defineScenario({
  id: 'RT-VENT-71',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Unit neonatal RS swasta kelas C mencatat bayi prematur dengan sindrom gawat napas pada 97-102 jam ventilator (kode 96.72) berapa pun berat lahir dan perjalanan penyakitnya; intubasi, hari ICU dan lama rawat sesuai dengan jamnya.',
    en: 'A private class C hospital’s neonatal unit records preterm babies with respiratory distress at 97-102 ventilator hours (code 96.72) whatever their birth weight and course; intubation, ICU days and stays fit the hours.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.parepare, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyn = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = [
      ['1990-04-04', '1994-10-12', '2026-01-11', 'L', 98, 12],
      ['1987-12-16', '1991-05-29', '2026-02-01', 'P', 101, 15],
      ['1995-07-07', '1997-02-02', '2026-02-22', 'L', 97, 11],
      ['1993-02-24', '1996-08-18', '2026-03-15', 'P', 102, 16],
      ['1988-10-30', '1990-12-07', '2026-04-05', 'L', 99, 13],
      ['1994-06-13', '1999-01-25', '2026-04-26', 'P', 100, 14],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    births.forEach(([fatherBorn, motherBorn, day, sex, hours, los], i) => {
      const { household, mother } = couple(ctx, { regency: rs.regency, fatherBorn, motherBorn, segment: 'PBPU', careClass: 2 });
      const referral = referredBy(ctx, mother, puskesmas, rs, day, ['O60.1']);
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 4),
          cbg: 'O-6-10-I',
          dx: ['O82.9', 'O60.1'],
          px: ['74.1'],
          dpjp: obgyn,
          scale: bill(970 + i),
          sep: inap(referral, { masukAt: '06:30', operasiAt: `${day} 09:${String(15 + 6 * i)}` }),
        }),
      );
      const baby = newborn(ctx, { household, mother, sex, born: day, registeredAfter: 2 });
      fraud.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: day,
          pulang: addDays(day, los),
          cbg: 'P-8-17-II',
          dx: ['P07.3', 'P22.0'],
          px: ['96.04', '96.72', '93.96'],
          icuDays: 5 + (i % 2),
          ventilatorHours: hours,
          dpjp: paediatrician,
          scale: bill(980 + i),
          tglSep: addDays(day, 2),
          sep: igd({ masukAt: '10:20' }),
        }),
      );
    });
    return { context, fraud };
  },
});
