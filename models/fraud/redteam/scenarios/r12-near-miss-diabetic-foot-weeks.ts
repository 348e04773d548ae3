// Near miss of PROLONGED_LOS: long stays that the disease made long. The surgical ward of a new
// class C government hospital in Kabupaten Kupang (East Nusa Tenggara, WITA) treats infected
// diabetic feet of elderly villagers who arrive late: intravenous antibiotics for weeks, repeated
// debridement, insulin titration, dressings twice a day; 17 to 26 days, with the drug, consumables,
// laboratory and nursing lines of such a stay. Severity III, and nowhere nearer to go home to care.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-NM-DIABFOOT-121',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Bangsal bedah RS pemerintah kelas C baru di Kabupaten Kupang merawat kaki diabetik terinfeksi pada lansia desa yang datang terlambat: antibiotik intravena berminggu-minggu, debridemen berulang, titrasi insulin, ganti balut dua kali sehari; 17-26 hari, dengan komponen obat, BMHP, laboratorium dan keperawatan sesuai. Keparahan III.',
    en: 'The surgical ward of a new class C government hospital in Kabupaten Kupang treats infected diabetic feet of elderly villagers who arrive late: weeks of intravenous antibiotics, repeated debridement, insulin titration, dressings twice daily; 17 to 26 days, with the drug, consumables, laboratory and nursing lines of such a stay. Severity III.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabKupang, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-08', 6, 19).map((day, i) => {
      const los = 17 + ((i * 5) % 10);
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 57 + 3 * i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'E-4-10-III',
        dx: ['E11.5', 'L03.1', 'N18.9'],
        px: ['86.22', '99.21', '90.59'],
        dpjp: surgeon,
        billedRatio: 1.05,
        scale: times(bill(14_700 + i), {
          tarif_obat: los / 8,
          tarif_bmhp: los / 7,
          tarif_kamar: los / 6,
          tarif_keperawatan: los / 6,
          tarif_laboratorium: 1.6,
        }),
        sep: igd({ masukAt: hhmm(11 + (i % 9), (6 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
