// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity".
// Elderly members with a mild ischaemic stroke (severity I, norm six days) stay fifteen to
// seventeen days at a class C private hospital. After the head CT and the first week nothing
// is done: no physiotherapy or rehabilitation line, no further imaging, the drug line of a
// week's course; only the room and nursing lines grow with the days. The families are told
// the patient "is not ready"; the hospital fills beds in a quiet season.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-LOS-81',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Lansia dengan stroke iskemik ringan (keparahan I, norma enam hari) dirawat 15-17 hari di RS swasta kelas C: setelah CT kepala dan minggu pertama tidak ada tindakan, tanpa fisioterapi atau rehabilitasi, tanpa pencitraan ulang, obat setara satu minggu; hanya kamar dan keperawatan yang bertambah.',
    en: 'Elderly members with a mild ischaemic stroke (severity I, norm six days) stay 15-17 days at a class C private hospital: after the head CT and the first week nothing is done, no physiotherapy or rehabilitation, no repeat imaging, a week of drugs; only room and nursing grow.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.banjar, hospitalClass: 'C', offset: [0.01, -0.01] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const days = ['2026-01-06', '2026-01-29', '2026-02-20', '2026-03-13', '2026-04-03', '2026-04-24'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const los = 15 + (i % 3);
      return ctx.claim({
        member: ctx.member({
          sex: i % 2 ? 'P' : 'L',
          birthDate: bornBefore(day, 62 + 2 * i, i),
          segment: i % 2 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'G-4-14-I',
        dx: ['I63.9', 'I10'],
        px: ['87.03'],
        dpjp: neurologist,
        // room and nursing for the days spent, nothing else added
        scale: times(bill(8800 + i), { tarif_kamar: los / 6, tarif_keperawatan: los / 6, tarif_rehabilitasi: 0 }),
        sep: igd({ masukAt: hhmm(7 + 2 * i, 45) }),
      });
    });
    return { fraud };
  },
});
