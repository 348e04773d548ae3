// Near miss of UPCODING (severity III with secondaries that raise it). Heart failure with
// acute kidney injury (cardiorenal syndrome) and electrolyte disturbance is severity III for
// good reason, and the claim shows it: the kidneys failed enough to need haemodialysis during
// the stay (39.95, a central line 38.93), two to four ICU days, echocardiography, the
// laboratory of daily electrolytes, a seven-to-nine-day stay. Every secondary has its
// procedure and its tariff line.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-CARDIORENAL-61',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Gagal jantung dengan gagal ginjal akut dan gangguan elektrolit memang keparahan III, dan klaimnya menunjukkan: hemodialisis selama rawat dengan kateter vena sentral, dua sampai empat hari ICU, ekokardiografi, laboratorium elektrolit harian, rawat tujuh sampai sembilan hari.',
    en: 'Heart failure with acute kidney injury and electrolyte disturbance is severity III, and the claim shows it: haemodialysis during the stay through a central line, two to four ICU days, echocardiography, daily electrolytes, a seven-to-nine-day stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.surakarta, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const patients = [
      ['L', '1950-04-24', '2026-01-17', 8, 3],
      ['P', '1946-08-12', '2026-02-14', 9, 4],
      ['L', '1957-01-06', '2026-03-14', 7, 2],
      ['P', '1953-10-31', '2026-04-11', 8, 3],
      ['L', '1948-06-19', '2026-05-09', 9, 4],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, los, icuDays], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'I-4-12-III',
        dx: ['I50.0', 'N17.9', 'E87.6', 'E87.1'],
        px: ['88.72', '89.52', '39.95', '38.93'],
        icuDays,
        dpjp: cardiologist,
        scale: times(bill(440 + i), { tarif_laboratorium: 1.8, tarif_prosedur_non_bedah: 1.6, tarif_bmhp: 1.3 }),
        sep: igd({ masukAt: hhmm(13 + 2 * i, 5) }),
      }),
    );
    return { nearMiss };
  },
});
