// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions
// normally treated as outpatients". One-night stays are watched, so the hospital keeps them
// three nights: outpatients with migraine or benign positional vertigo (treated in the clinic:
// IHS/AAN migraine guidance, AAO-HNS BPPV guideline 2017, repositioning manoeuvres) are
// admitted on a referral for three nights, a head CT on the first day and oral drugs, severity
// I. The same neurologist's other migraine patients are seen as outpatients, as they should be.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-UNNEC-51',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Pasien migren atau vertigo posisional (ditangani di poli) dirawat tiga malam atas rujukan, CT kepala pada hari pertama dan obat oral, keparahan I; pasien migren lain dokter saraf yang sama dilayani rawat jalan sebagaimana mestinya.',
    en: 'Outpatients with migraine or positional vertigo (clinic conditions) are admitted for three nights on a referral, a head CT on the first day and oral drugs, severity I; the same neurologist’s other migraine patients are seen as outpatients, as they should be.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C', offset: [-0.02, -0.015] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const patients = [
      ['P', '1988-01-12', '2026-01-06', 'G43.9'],
      ['P', '1979-05-27', '2026-01-20', 'H81.1'],
      ['L', '1992-09-09', '2026-02-03', 'G43.9'],
      ['P', '1970-03-22', '2026-02-17', 'H81.1'],
      ['P', '1995-07-31', '2026-03-03', 'G43.9'],
      ['L', '1966-11-14', '2026-03-31', 'H81.1'],
      ['P', '1984-04-06', '2026-04-14', 'G43.9'],
      ['L', '1975-08-18', '2026-04-28', 'H81.1'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, dx], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3 }, puskesmas, rs, day, [dx]);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'G-4-15-I',
        dx: [dx],
        px: ['87.03'],
        dpjp: neurologist,
        billedRatio: 0.7,
        scale: bill(i),
        sep: inap(p.referral, { masukAt: '10:40', pulangAt: '09:15' }),
      });
    });
    const context: BuiltClaim[] = [
      ['P', '1990-10-10', '2026-01-13'],
      ['L', '1982-02-25', '2026-02-24'],
      ['P', '1977-06-05', '2026-04-21'],
    ].map(([sex, born, day]) => {
      const p = referredPatient(
        ctx,
        { sex: sex as 'L' | 'P', birthDate: born as string, segment: 'PBI', careClass: 3 },
        puskesmas,
        rs,
        day as string,
        ['G43.9'],
      );
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day as string,
        cbg: 'G-5-18-0',
        dx: ['G43.9'],
        px: ['89.52'],
        dpjp: neurologist,
        sep: jalan(p.referral),
      });
    });
    return { fraud, context };
  },
});
