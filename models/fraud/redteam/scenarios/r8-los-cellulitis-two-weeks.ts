// DOMAIN.md section 3, PROLONGED_LOS. Adults with a leg cellulitis (L03.1, severity I, norm
// four days) stay eleven to thirteen days at a class C government hospital. The antibiotic line
// is that of a four-day intravenous course followed by tablets, no abscess is drained, no
// imaging or second culture; the patients are discharged when the ward's new intake arrives.
// Two doctors share the pattern, so it is the ward's, not one doctor's.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-LOS-83',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Pasien dewasa dengan selulitis tungkai (L03.1, keparahan I, norma empat hari) dirawat 11-13 hari di RS pemerintah kelas C: antibiotik setara empat hari infus lalu tablet, tanpa insisi abses, pencitraan atau kultur ulang; dua dokter dengan pola yang sama.',
    en: 'Adults with a leg cellulitis (L03.1, severity I, norm four days) stay 11-13 days at a class C government hospital: four days of intravenous antibiotics then tablets, no abscess drained, no imaging or repeat culture; two doctors share the pattern.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.dumai, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const days = ['2026-01-16', '2026-02-06', '2026-02-25', '2026-03-17', '2026-04-07', '2026-04-28'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const los = 11 + (i % 3);
      return ctx.claim({
        member: ctx.member({
          sex: i % 2 ? 'P' : 'L',
          birthDate: bornBefore(day, 38 + 4 * i, i),
          segment: i % 3 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'L-4-10-I',
        dx: ['L03.1'],
        px: ['99.21'],
        dpjp: doctors[i % 2] as string,
        scale: times(bill(9000 + i), { tarif_kamar: los / 4, tarif_keperawatan: los / 4, tarif_radiologi: 0 }),
        sep: igd({ masukAt: hhmm(10 + i, 5) }),
      });
    });
    return { fraud };
  },
});
