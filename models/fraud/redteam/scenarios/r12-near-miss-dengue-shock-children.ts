// Near miss of UPCODING (RT-UPCODE-121's honest twin): dengue shock syndrome with its care on the
// bill. The paediatric ward of a class B government hospital in Bulungan (North Kalimantan, WITA)
// receives children in dengue shock in the wet months: two to three ICU days, repeated blood counts,
// crystalloid and colloid boluses, a packed-cell transfusion for the two who bled; the nursing,
// laboratory, drug and intensive-care lines are what shock costs. Severity III is the stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-NM-DSS-121',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Bangsal anak RS pemerintah kelas B di Bulungan menerima anak dengan sindrom syok dengue: dua-tiga hari ICU, darah lengkap berulang, bolus kristaloid dan koloid, transfusi PRC untuk dua yang berdarah; komponen perawatan, laboratorium, obat dan ICU sesuai syok. Keparahan III sesuai perawatannya.',
    en: 'The paediatric ward of a class B government hospital in Bulungan receives children in dengue shock: two to three ICU days, repeated blood counts, fluid boluses, a packed-cell transfusion for the two who bled; the nursing, laboratory, drug and ICU lines are what shock costs. Severity III is the stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.bulungan, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-09', 6, 16).map((day, i) => {
      const bled = i === 1 || i === 4;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 4 + 2 * i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 6 + (i % 2)),
        cbg: 'A-4-13-III',
        dx: ['A91', 'R57.0'],
        px: bled ? ['90.59', '38.93', '99.04'] : ['90.59', '38.93'],
        icuDays: 2 + (i % 2),
        dpjp: paediatrician,
        billedRatio: 0.92,
        scale: times(bill(12_200 + i), {
          tarif_laboratorium: 1.8,
          tarif_keperawatan: 1.5,
          tarif_obat: 1.4,
          ...(bled ? { tarif_pelayanan_darah: 3 } : {}),
        }),
        sep: igd({ masukAt: hhmm(2 + ((i * 5) % 20), (9 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
