// Near miss of CLONING (DOMAIN.md section 3: "near-identical diagnosis/procedure/tariff vectors
// across different patients, same doctor or day") and of REPEAT_BILLING under another card.
// Dengue clusters in households in the rainy season: siblings fall ill together, are admitted
// the same day to the same paediatrician and follow one care pathway; only the weight-dosed
// drugs and the platelet counts differ.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-SIBLINGS-31',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Wabah DBD di satu kampung: dua pasang kakak-adik (5-11 tahun) masing-masing dirawat pada hari yang sama oleh dokter anak yang sama, kode dan lama rawat sama, obat menurut berat badan; seorang ibu menyusul sehari kemudian.',
    en: 'A dengue outbreak in one neighbourhood: two pairs of siblings (5-11 years) each admitted on the same day by the same paediatrician, same codes and length of stay, drugs dosed by weight; one mother follows a day later.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'C', offset: [0.03, 0.03] });
    const nearMiss: BuiltClaim[] = [];
    const stay = { facility: rs, cbg: 'A-4-13-I', dx: ['A90'], px: ['90.59'], dpjp: 5 } as const;
    const families = [
      [
        '2026-02-09',
        '1988-04-12',
        [
          ['L', '2017-06-03', 0.8, 1.1],
          ['P', '2020-01-25', 0.6, 1],
        ],
      ],
      [
        '2026-02-16',
        '1991-09-30',
        [
          ['P', '2015-03-14', 0.9, 1],
          ['L', '2019-11-08', 0.7, 1.2],
        ],
      ],
    ] as const;
    families.forEach(([day, motherBorn, children], f) => {
      for (const [sex, born, dose, labs] of children) {
        const child = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 2, regency: rs.regency });
        nearMiss.push(ctx.claim({ ...stay, member: child, masuk: day, scale: { tarif_obat: dose, tarif_laboratorium: labs } }));
      }
      if (f === 0) {
        const mother = ctx.member({ sex: 'P', birthDate: motherBorn, segment: 'PPU', careClass: 2, regency: rs.regency });
        nearMiss.push(
          ctx.claim({
            facility: rs,
            member: mother,
            masuk: addDays(day, 1),
            cbg: 'A-4-13-II',
            dx: ['A91', 'D69.6'],
            px: ['90.59'],
            dpjp: 2,
          }),
        );
      }
    });
    return { nearMiss };
  },
});
