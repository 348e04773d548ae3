// DOMAIN.md section 3, PROLONGED_LOS ("LOS above the 90th percentile for the CBG and
// severity"), after the operation: a class C private hospital in Ponorogo keeps its class-1
// (PPU) hernia patients seven to nine days after an open repair the group's norm gives three,
// the wound dressed daily and nothing else. The room, nursing and doctor-visit lines grow with
// the days; theatre, drugs and tests are an ordinary repair's. Class-3 patients of the same
// surgeon go home on day two or three (context): the stretch follows the room class, not the care.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-LOS-91',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C di Ponorogo menahan pasien hernia kelas 1 (PPU) 7-9 hari setelah herniorafi terbuka (norma 3 hari), hanya ganti balut; baris kamar, keperawatan dan visite bertambah. Pasien kelas 3 dokter yang sama pulang hari 2-3.',
    en: 'A class C private hospital in Ponorogo keeps its class-1 (PPU) hernia patients seven to nine days after an open repair (norm three), dressings only; room, nursing and visit lines grow. Class-3 patients of the same surgeon go home on day two or three.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.ponorogo, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const stay = (day: string, i: number, los: number, careClass: 1 | 3): BuiltClaim => {
      const member = patient(ctx, rs, day, i, { age: 30 + ((i * 7) % 30), sex: 'L', segment: careClass === 1 ? 'PPU' : 'PBI', careClass });
      const stretch = los / 3;
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [i % 2 ? 'R' : 'L'],
        dpjp: surgeon,
        scale: times(bill(9010 + i), { tarif_kamar: stretch, tarif_keperawatan: stretch, tarif_konsultasi: stretch }),
        // an elective repair: referred by the puskesmas the week before
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -6), ['K40.9'])),
      });
    };
    const fraud = every('2026-01-13', 7, 18).map((day, i) => stay(day, i, 7 + (i % 3), 1));
    const context = every('2026-01-20', 5, 24).map((day, i) => stay(day, 10 + i, 2 + (i % 2), 3));
    return { fraud, context };
  },
});
