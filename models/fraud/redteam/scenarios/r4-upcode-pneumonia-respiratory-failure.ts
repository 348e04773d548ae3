// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Pneumonia coded severity III by adding acute respiratory
// failure (J96.0) and hyponatraemia (E87.1): no intensive care, no ventilation, no oxygen
// therapy, an ordinary five-day stay billed like the hospital's severity-I pneumonias. One
// coder of a class B hospital does it; the other codes the same ward's patients honestly.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-UPCODE-41',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Pneumonia dikode keparahan III dengan menambah gagal napas akut (J96.0) dan hiponatremia: tanpa ICU, ventilator atau terapi oksigen, rawat lima hari dengan tagihan setara keparahan I; satu koder RS kelas B.',
    en: 'Pneumonia coded severity III by adding acute respiratory failure (J96.0) and hyponatraemia: no ICU, ventilation or oxygen therapy, a five-day stay billed like severity I; one coder at a class B hospital.',
  },
  build(ctx) {
    const place = PLACES.surabaya;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.02, 0.02] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const admit = (sex: 'L' | 'P', born: string, day: string) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      return { member: m, referral: referredBy(ctx, m, puskesmas, rs, day, ['J18.9']) };
    };
    const context: BuiltClaim[] = [
      ['L', '1960-02-02', '2026-01-05'],
      ['P', '1955-05-17', '2026-02-09'],
      ['L', '1949-09-29', '2026-03-16'],
    ].map(([sex, born, day], i) => {
      const { member, referral } = admit(sex as 'L' | 'P', born as string, day as string);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day as string,
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '99.21'],
        dpjp: pulmonologist,
        coder: 1,
        scale: own(i),
        sep: inap(referral),
      });
    });
    const fraud: BuiltClaim[] = [
      ['P', '1958-08-11', '2026-01-12', 0.4],
      ['L', '1952-12-03', '2026-01-26', 0.43],
      ['P', '1963-04-25', '2026-02-16', 0.38],
      ['L', '1947-06-14', '2026-03-02', 0.41],
      ['P', '1966-10-06', '2026-03-23', 0.39],
      ['L', '1950-01-19', '2026-04-13', 0.42],
    ].map(([sex, born, day, ratio], i) => {
      const { member, referral } = admit(sex as 'L' | 'P', born as string, day as string);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day as string,
        pulang: addDays(day as string, 5),
        cbg: 'J-4-16-III',
        dx: ['J18.9', 'J96.0', 'E87.1'],
        px: ['87.44', '99.21'],
        dpjp: pulmonologist,
        coder: 2,
        billedRatio: ratio as number,
        scale: own(i + 1),
        sep: inap(referral),
      });
    });
    return { context, fraud };
  },
});
