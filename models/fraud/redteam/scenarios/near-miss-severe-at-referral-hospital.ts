import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-NM-SEVERE-01',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS rujukan kelas A merawat pneumonia berat keparahan III dengan ICU, rawat 10 hari, lab dan transfusi yang sepadan: keparahan tinggi yang didukung tagihan.',
    en: 'A class A referral hospital treats severe pneumonia at severity III with ICU, 10-day stays and matching lab and transfusions: high severity the bill supports.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.02, -0.01] });
    const nearMiss: BuiltClaim[] = [];
    const patients = [
      ['L', '1948-03-30', '2026-01-08'],
      ['P', '1952-07-21', '2026-02-11'],
      ['L', '1957-12-01', '2026-03-15'],
    ] as const;
    for (const [sex, born, masuk] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.jakartaTimur.regency });
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 10),
          cbg: 'J-4-16-III',
          dx: ['J18.9', 'A41.9', 'D64.9'],
          px: ['87.44', '99.21', '99.04', '38.93'],
          icuDays: 3,
          dpjp: 7,
          scale: { tarif_laboratorium: 1.6, tarif_pelayanan_darah: 3 },
        }),
      );
    }
    return { nearMiss };
  },
});
