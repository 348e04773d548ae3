import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UNNEC-01',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Dispepsia dan gastritis ringan dirawat inap dua hari pada akhir pekan (keparahan I), kondisi yang biasa ditangani rawat jalan.',
    en: 'Mild dyspepsia and gastritis admitted for two days over weekends (severity I), conditions normally treated as outpatients.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sleman, hospitalClass: 'D' });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1990-01-11', '2026-01-10', 'K30'],
      ['L', '1984-05-05', '2026-01-24', 'K29.7'],
      ['P', '1996-08-18', '2026-02-07', 'K30'],
      ['P', '1979-10-29', '2026-02-21', 'K29.7'],
      ['L', '2000-03-14', '2026-03-07', 'K30'],
    ] as const;
    for (const [sex, born, masuk, dx] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: PLACES.sleman.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 2),
          cbg: 'K-4-17-I',
          dx: [dx],
          px: ['99.18'],
          dpjp: 1,
          billedRatio: 0.5,
        }),
      );
    }
    return { fraud };
  },
});
