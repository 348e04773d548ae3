// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity".
// Pulmonary tuberculosis is diagnosed with the rapid molecular test (TCM/GeneXpert, result the
// same or next day) and treated at home under the national programme; an admission is for the
// first days of a sick patient. A new class C private hospital in Asahan keeps smear-positive
// patients twelve to fourteen days (norm five), "waiting for the sputum culture" that no
// guideline waits for: one chest X-ray, the laboratory and drugs of a five-day stay, only room and
// nursing grow. Its other internist's tuberculosis stays (context) end on day five or six.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-LOS-101',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Asahan menahan pasien TB paru BTA positif dua belas sampai empat belas hari (norma lima) dengan alasan menunggu kultur dahak; satu foto toraks, laboratorium dan obat setara rawat lima hari, hanya kamar dan keperawatan yang bertambah.',
    en: 'A new class C private hospital in Asahan keeps smear-positive pulmonary tuberculosis patients twelve to fourteen days (norm five) "waiting for the sputum culture"; one chest X-ray, the laboratory and drugs of a five-day stay, only room and nursing grow.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.asahan, hospitalClass: 'C' });
    const holding = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const other = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const stay = (day: string, i: number, days: number, dpjp: string): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 24 + ((i * 9) % 40), sex: i % 3 ? 'L' : 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'A-4-12-I',
        dx: ['A15.0'],
        px: ['87.44'],
        dpjp,
        scale: times(bill(11_300 + i), { tarif_kamar: days / 5, tarif_keperawatan: days / 5 }),
        sep: igd({ masukAt: hhmm(10 + (i % 9), (11 * i) % 60) }),
      });
    const fraud = every('2026-01-10', 8, 16).map((day, i) => stay(day, i, 12 + (i % 3), holding));
    const context = every('2026-01-17', 5, 25).map((day, i) => stay(day, 20 + i, 5 + (i % 2), other));
    return { fraud, context };
  },
});
