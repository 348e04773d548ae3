// Near miss of UPCODING (severity III in a group usually coded I). In February and March the
// rains bring a dengue epidemic to Kotawaringin Timur, and the regency's class B government
// hospital receives the shocked and bleeding cases the health centres send: dengue
// haemorrhagic fever with shock and thrombocytopenia, two or three days of intensive care,
// haematocrit every six hours, platelets transfused where they bleed, six to eight days. The
// milder cases of the same weeks are coded at severity I. Every severity-III stay has the
// intensive care, the laboratory and the blood on its bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-DENGUE-81',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Wabah dengue Februari-Maret di Kotawaringin Timur: RS pemerintah kelas B menerima kasus syok dan perdarahan (DBD dengan syok dan trombositopenia), 2-3 hari ICU, hematokrit tiap enam jam, transfusi trombosit bila berdarah, 6-8 hari; kasus ringan minggu yang sama dikode keparahan I.',
    en: 'A February-March dengue epidemic in Kotawaringin Timur: the class B government hospital receives shocked and bleeding cases (DHF with shock and thrombocytopenia), 2-3 ICU days, haematocrit every six hours, platelets where they bleed, 6-8 days; the mild cases of the same weeks are coded severity I.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.kotawaringinTimur, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    for (let n = 0; n < 16; n++) {
      const day = addDays('2026-02-02', 3 * n + (n % 2));
      const severe = n % 2 === 0;
      const child = n % 3 !== 2;
      const bleeding = severe && n % 4 === 0;
      nearMiss.push(
        ctx.claim({
          member: ctx.member({
            sex: n % 2 ? 'P' : 'L',
            birthDate: bornBefore(day, child ? 4 + (n % 10) : 20 + n, n),
            segment: n % 3 ? 'PBI' : 'PBPU',
            careClass: 3,
            regency: rs.regency,
          }),
          facility: rs,
          masuk: day,
          pulang: addDays(day, severe ? 6 + (n % 3) : 4),
          cbg: severe ? 'A-4-13-III' : 'A-4-13-I',
          dx: severe ? ['A91', 'R57.0', 'D69.6'] : ['A90'],
          px: bleeding ? ['90.59', '99.04'] : ['90.59'],
          ...(severe ? { icuDays: 2 + (n % 2) } : {}),
          dpjp: child ? paediatrician : internist,
          billedRatio: severe ? 0.95 : 0.85,
          scale: severe
            ? times(bill(10_900 + n), { tarif_laboratorium: 1.8, tarif_obat: 1.2, tarif_pelayanan_darah: bleeding ? 8 : 1 })
            : bill(10_900 + n),
          sep: igd({ masukAt: hhmm(1 + ((n * 7) % 23), (11 * n) % 60) }),
        }),
      );
    }
    return { nearMiss };
  },
});
