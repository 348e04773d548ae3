// DOMAIN.md section 3, UPCODING: "diagnosis coded higher ... with no supporting procedure or
// tariff component". Pneumonia is a radiological diagnosis: a new infiltrate on the chest
// X-ray (IDSA/ATS community-acquired pneumonia guideline 2019; PDPI guideline). Acute
// bronchitis and asthma stays (J-4-19, norm three days) are coded pneumonia (J18.0
// bronchopneumonia, J-4-16, 1.5 times the tariff) with no chest X-ray coded and no radiology
// on the bill, three-day stays, nebuliser and antibiotics as for bronchitis.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-UPCODE-53',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Rawat inap bronkitis akut (J-4-19, norma tiga hari) dikode bronkopneumonia (J18.0, J-4-16, 1,5 kali tarif) tanpa foto toraks yang dikode dan tanpa radiologi di tagihan, padahal pneumonia adalah diagnosis radiologis; rawat tiga hari, nebulizer dan antibiotik.',
    en: 'Acute bronchitis stays (J-4-19, norm three days) coded as bronchopneumonia (J18.0, J-4-16, 1.5 times the tariff) with no chest X-ray coded and no radiology on the bill, although pneumonia is a radiological diagnosis; three-day stays, nebuliser and antibiotics.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'C', offset: [-0.02, 0.01] });
    const klinik = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const doctor = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['L', '1975-03-03', '2026-01-08'],
      ['P', '1968-08-22', '2026-01-22'],
      ['L', '1990-11-11', '2026-02-05'],
      ['P', '1958-05-30', '2026-02-26'],
      ['L', '1982-01-16', '2026-03-12'],
      ['P', '1973-09-04', '2026-04-09'],
      ['L', '1963-06-21', '2026-04-30'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PPU', careClass: 2 }, klinik, rs, day, ['J20.9']);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'J-4-16-I',
        dx: ['J18.0'],
        px: ['93.96', '99.21'],
        dpjp: doctor,
        billedRatio: 0.6,
        scale: bill(i),
        components: { tarif_radiologi: 0 },
        sep: inap(p.referral),
      });
    });
    return { fraud };
  },
});
