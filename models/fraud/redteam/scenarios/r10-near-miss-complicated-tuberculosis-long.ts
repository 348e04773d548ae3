// Near miss of PROLONGED_LOS (RT-LOS-101's honest twin: tuberculosis stays far past the norm). The
// class B government hospital of Simalungun is the regency's referral point for tuberculosis that
// does not go home: a pleural effusion drained through a chest tube for one to two weeks, and
// spinal tuberculosis with an abscess and weak legs, immobilised and started on treatment. They
// stay 16 to 24 days, and every day has its care on the bill: the chest drain and its X-rays, CT,
// repeated tests, intravenous drugs, nursing of a bedridden patient.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-TBLONG-105',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas B Simalungun menerima rujukan TB dengan efusi pleura yang dipasang selang dada satu-dua minggu dan TB tulang belakang dengan abses dan kelemahan tungkai; rawat 16-24 hari dengan selang dada, foto berulang, CT, laboratorium, obat infus dan perawatan pasien tirah baring di tagihan.',
    en: 'The class B government hospital of Simalungun takes referred tuberculosis with a pleural effusion drained by chest tube for one to two weeks and spinal tuberculosis with an abscess and weak legs; 16-24 day stays with the drain, repeated X-rays, CT, tests, intravenous drugs and bedridden nursing on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.simalungun, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const district = ctx.facility({ place: PLACES10.simalungun, hospitalClass: 'D', ownership: 'PEMERINTAH', offset: [0.12, -0.1] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-08', 7, 17).map((day, i) => {
      const spine = i % 2 === 1;
      const days = spine ? 20 + (i % 5) : 16 + (i % 4);
      const g = days / 5;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 22 + ((i * 8) % 40) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: spine ? 'A-4-12-III' : 'A-4-12-II',
        dx: spine ? ['A18.0', 'A15.0'] : ['A15.0', 'J90'],
        px: spine ? ['88.38', '87.44', '90.59'] : ['34.04', '87.44', '90.59'],
        dpjp: spine ? orthopaedist : pulmonologist,
        billedRatio: 1,
        scale: times(bill(12_500 + i), {
          tarif_kamar: g * 0.8,
          tarif_keperawatan: g * 0.9,
          tarif_obat: 2.4,
          tarif_laboratorium: 2,
          tarif_radiologi: 2.2,
          tarif_bmhp: 1.8,
        }),
        sep: inap(ctx.hospitalReferral(district, day), { masukAt: hhmm(11 + (i % 5), 15) }),
      });
    });
    return { nearMiss };
  },
});
