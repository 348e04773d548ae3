// Near miss of PROLONGED_LOS: at a class B government hospital in Banyuasin diabetic patients
// with infected foot ulcers stay sixteen to twenty-four days, three times the debridement group's
// norm, for the reasons such stays are long: repeated excisional debridement in theatre, weeks of
// intravenous antibiotics, insulin titrated daily, wound cultures. The length is written all over
// the bill: the surgical line for each return to theatre, the drug, laboratory and consumable
// lines growing with the days, not the room line alone.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-NM-LOS-91',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas B di Banyuasin merawat ulkus kaki diabetik terinfeksi 16-24 hari dengan debridemen berulang di kamar operasi, antibiotik intravena berminggu-minggu, insulin dan kultur luka; semua baris tagihan (bedah, obat, laboratorium, BMHP) tumbuh bersama lama rawat.',
    en: 'A class B government hospital in Banyuasin keeps infected diabetic foot ulcers sixteen to twenty-four days with repeated debridement in theatre, weeks of intravenous antibiotics, insulin and wound cultures; every bill line (surgery, drugs, laboratory, consumables) grows with the stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.banyuasin, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-14', 6, 20).map((day, i) => {
      const los = 16 + ((i * 3) % 9);
      const grow = los / 5;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 49 + ((i * 5) % 20) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'S-1-10-II',
        dx: ['L08.9', 'E11.5', 'L03.1'],
        px: ['86.22', '99.21', '90.59'],
        dpjp: surgeons[i % 2] as string,
        billedRatio: 1,
        scale: times(bill(9220 + i), {
          tarif_prosedur_bedah: 1 + (i % 3),
          tarif_obat: grow,
          tarif_laboratorium: grow * 0.8,
          tarif_bmhp: grow,
          tarif_kamar: grow,
          tarif_keperawatan: grow,
        }),
        sep: igd({ masukAt: hhmm(9 + (i % 12), (17 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
