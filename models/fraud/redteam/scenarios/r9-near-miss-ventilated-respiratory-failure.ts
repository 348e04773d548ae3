// Near miss of VENTILATOR and UPCODING: at a class B government hospital in Kampar patients with
// respiratory failure (COPD exacerbations, severe pneumonia) are ventilated for as long as they
// need, 101 to 190 hours, spread rather than bunched past 96, coded 96.72, with ICU days covering
// every ventilated hour, the rental line billing them, long stays (weaning, then the ward) and
// blood gases in the laboratory line.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-NM-VENT-91',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'RS pemerintah kelas B di Kampar memasang ventilator pada gagal napas (eksaserbasi PPOK, pneumonia berat) selama yang dibutuhkan, 101-190 jam tersebar, kode 96.72, hari ICU mencakup semua jam ventilator, baris sewa alat dan analisis gas darah sesuai, rawat panjang.',
    en: 'A class B government hospital in Kampar ventilates respiratory failure (COPD exacerbations, severe pneumonia) for as long as needed, 101-190 hours spread out, coded 96.72, ICU days covering every ventilated hour, rental line and blood gases to match, long stays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.kampar, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const cases = [
      ['2026-01-19', 101, 'J44.1'],
      ['2026-02-06', 126, 'J18.9'],
      ['2026-02-27', 143, 'J44.1'],
      ['2026-03-20', 168, 'J18.9'],
      ['2026-04-09', 117, 'J44.1'],
      ['2026-04-30', 190, 'J18.9'],
    ] as const;
    const nearMiss: BuiltClaim[] = cases.map(([day, hours, cause], i) => {
      const icu = Math.ceil(hours / 24) + 1;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 52 + ((i * 5) % 25) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, icu + 5 + (i % 3)),
        cbg: 'J-4-20-III',
        dx: ['J96.0', cause],
        px: ['96.04', '96.72', '87.44', '93.96'],
        icuDays: icu,
        ventilatorHours: hours,
        dpjp: i % 2 ? intensivist : pulmonologist,
        billedRatio: 1,
        scale: times(bill(9180 + i), { tarif_laboratorium: 1.5, tarif_obat: 1.4 }),
        sep: igd({ masukAt: hhmm(2 + ((i * 7) % 20), (11 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
