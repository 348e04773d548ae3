// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG".
// Mild dengue (A90, severity I, no bleeding, no shock, four days) needs a blood count a day to
// follow the platelets. A class C private hospital bills the laboratory line of its mild
// dengue stays at three and a half times what such a stay costs: a full chemistry panel,
// serology and coagulation every day, none of which a mild dengue needs and none coded. The
// other lines are an ordinary dengue stay's, and the stays are short and uncomplicated.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-INFLATED-81',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C menagih komponen laboratorium rawat dengue ringan (A90, keparahan I, empat hari) 3,5 kali biaya wajarnya: panel kimia, serologi dan koagulasi setiap hari yang tidak diperlukan dengue ringan; komponen lain setara rawat dengue biasa.',
    en: 'A class C private hospital bills the laboratory line of mild dengue stays (A90, severity I, four days) at 3.5 times its usual cost: chemistry, serology and coagulation panels every day that mild dengue does not need; the other lines are an ordinary dengue stay’s.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.langsa, hospitalClass: 'C', offset: [0.01, 0.01] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const days = ['2026-01-13', '2026-01-28', '2026-02-10', '2026-02-24', '2026-03-09', '2026-03-26', '2026-04-13'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const child = i % 2 === 1;
      return ctx.claim({
        member: ctx.member({
          sex: i % 3 ? 'L' : 'P',
          birthDate: bornBefore(day, child ? 8 + i : 19 + 4 * i, i),
          segment: i % 2 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-13-I',
        dx: ['A90'],
        px: ['90.59'],
        dpjp: doctors[child ? 1 : 0] as string,
        scale: times(bill(9400 + i), { tarif_laboratorium: 3.5 }),
        sep: igd({ masukAt: hhmm(16 + (i % 6), 25) }),
      });
    });
    return { fraud };
  },
});
