// DOMAIN.md section 3, PROLONGED_LOS, one doctor's habit: at a class D private hospital in
// Lombok Timur one internist keeps adults with acute diarrhoea (A09, severity I, norm three days)
// seven to nine days; his colleague's patients of the same group go home in two to four
// (context). Infusions stop on the second day, no complication is coded, no test repeated; the
// room, nursing and visit lines follow the days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-LOS-93',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Di RS swasta kelas D di Lombok Timur seorang internis menahan pasien diare akut dewasa (A09, keparahan I, norma 3 hari) 7-9 hari tanpa komplikasi atau pemeriksaan ulang; pasien rekannya pulang dalam 2-4 hari.',
    en: 'At a class D private hospital in Lombok Timur one internist keeps adults with acute diarrhoea (A09, severity I, norm three days) seven to nine days with no complication or repeated test; his colleague discharges the same patients in two to four.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.lombokTimur, hospitalClass: 'D' });
    const [holder, colleague] = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const stay = (day: string, i: number, los: number, dpjp: string): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 22 + ((i * 9) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'K-4-17-I',
        dx: ['A09'],
        px: ['99.18'],
        dpjp,
        scale: times(bill(9030 + i), { tarif_kamar: los / 3, tarif_keperawatan: los / 3, tarif_konsultasi: los / 3 }),
        sep: igd({ masukAt: hhmm(12 + (i % 10), (7 * i) % 60) }),
      });
    const fraud = every('2026-01-07', 8, 17).map((day, i) => stay(day, i, 7 + (i % 3), holder));
    const context = every('2026-01-11', 7, 19).map((day, i) => stay(day, 10 + i, 2 + (i % 3), colleague));
    return { fraud, context };
  },
});
