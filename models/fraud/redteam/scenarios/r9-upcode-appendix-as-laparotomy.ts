// DOMAIN.md section 3, UPCODING, a procedure upgraded to a dearer group: a class C private
// hospital in Pati codes its appendectomies (K-1-12) as exploratory laparotomies (54.11) for
// bowel obstruction (K56.6 added), which group as laparotomy and bowel procedures (K-1-14,
// 1.8 times). A laparotomy for obstruction keeps a patient a week with a nasogastric tube and
// fluids; these patients go home on day three with the theatre time, drugs and bill of an
// appendectomy. Honest appendectomies of the same surgeons are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-UPCODE-98',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C di Pati mengode apendektomi sebagai laparotomi eksplorasi (54.11) untuk obstruksi usus (K56.6) sehingga masuk grup laparotomi; pasien pulang hari ketiga dengan waktu operasi, obat dan tagihan apendektomi.',
    en: 'A class C private hospital in Pati codes appendectomies as exploratory laparotomies (54.11) for bowel obstruction (K56.6), grouping them as laparotomy; patients go home on day three with the theatre time, drugs and bill of an appendectomy.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.pati, hospitalClass: 'C' });
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 14 + ((i * 9) % 40) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: coded ? 'K-1-14-I' : 'K-1-12-I',
        dx: coded ? ['K56.6', 'K35.8'] : ['K35.8'],
        px: coded ? ['54.11', '47.09'] : ['47.09'],
        dpjp: surgeons[i % 2] as string,
        billedRatio: coded ? billOf('K-1-12-I', 'K-1-14-I') : 0.85,
        scale: bill(9800 + i),
        sep: igd({ masukAt: hhmm(18 + (i % 5), (29 * i) % 60) }),
      });
    const fraud = every('2026-01-08', 7, 18).map((day, i) => stay(day, i, true));
    const context = every('2026-01-13', 5, 24).map((day, i) => stay(day, 10 + i, false));
    return { fraud, context };
  },
});
