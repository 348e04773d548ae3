// Near miss of UPCODING (RT-UPCODE-113's honest twin): meningitis diagnosed and treated. The class B
// government hospital of Banggai (Central Sulawesi) receives toddlers who convulse with fever and
// stay drowsy; the paediatrician does a lumbar puncture (03.31), a head CT for some, and gives ten
// to fourteen days of intravenous antibiotics (WHO Pocket Book of Hospital Care for Children,
// 2013); the sickest spend a day or two in intensive care. Meningitis first, the convulsion
// second, G-4-15-III, the fluid, imaging, antibiotics and days on the bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-NM-MENINGITIS-111',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas B Banggai menerima balita kejang disertai demam dan penurunan kesadaran; dokter anak melakukan pungsi lumbal, CT kepala pada sebagian, dan antibiotik intravena 10-14 hari, yang terberat sehari-dua di ICU; meningitis sebagai diagnosis utama, keparahan III, dengan cairan otak, pencitraan, antibiotik dan lama rawat di tagihan.',
    en: 'The class B government hospital of Banggai receives toddlers who convulse with fever and stay drowsy; the paediatrician does a lumbar puncture, a head CT for some, and gives 10-14 days of intravenous antibiotics, the sickest a day or two in ICU; meningitis as primary, severity III, with the fluid, imaging, antibiotics and days on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.banggai, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-15', 6, 19).map((day, i) => {
      const days = 11 + ((i * 3) % 5);
      const ct = i % 2 === 0;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 1 + (i % 4) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'G-4-15-III',
        dx: ['G03.9', 'R56.0'],
        px: ct ? ['03.31', '87.03', '99.21', '90.59'] : ['03.31', '99.21', '90.59'],
        ...(i % 3 === 0 ? { icuDays: 1 + (i % 2) } : {}),
        dpjp: paediatrician,
        billedRatio: 0.95,
        scale: times(bill(14_500 + i), {
          tarif_obat: days / 5,
          tarif_laboratorium: 1.8,
          tarif_kamar: days / 7,
          tarif_keperawatan: days / 7,
        }),
        sep: igd({ masukAt: hhmm((20 + 3 * i) % 24, (11 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
