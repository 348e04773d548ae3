// Near miss for UPCODING: a genuine severity II with its care and its record. A new class C private
// hospital in Barabai (Hulu Sungai Tengah, South Kalimantan) treats community pneumonia in five days
// (J-4-16-I; fifteen stays, context). Five patients are known type 2 diabetics who have collected
// their tablets from the chronic programme's pharmacy every month (PRB) before and after: their
// pneumonia is grouped J-4-16-II with E11.9, and their stays show it: insulin on the drugs line
// while they are sick, glucose checks on the laboratory line, seven days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const DIABETIC = new Set([1, 5, 9, 14, 18]);

export default defineScenario({
  id: 'RT-NM-SEVERITY-141',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Barabai merawat pneumonia komunitas lima hari. Lima pasien adalah penyandang diabetes tipe 2 yang mengambil obat PRB setiap bulan sebelum dan sesudahnya: pneumonianya dikelompokkan J-4-16-II dengan E11.9, dan rawat inapnya menunjukkannya: insulin selama sakit, cek gula darah, tujuh hari.',
    en: 'A new class C private hospital in Barabai treats community pneumonia in five days. Five patients are known type 2 diabetics who collect their chronic-programme (PRB) tablets every month before and after: their pneumonia is grouped J-4-16-II with E11.9, and the stays show it: insulin while sick, glucose checks, seven days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.huluSungaiTengah, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 20, 6.4).forEach((day, i) => {
      const diabetic = DIABETIC.has(i);
      const member = patient(ctx, rs, day, i, { age: diabetic ? 52 + (i % 20) : 30 + ((i * 7) % 45) });
      if (diabetic)
        for (let m = -3; m <= 2; m++) {
          const fill = addDays(day, 30 * m - 9 + (i % 5));
          if ((fill >= day && fill <= addDays(day, 7)) || fill > '2026-05-31') continue;
          ctx.prbClaim({ member, fktp: puskesmas, date: fill, dx: 'E11.9', days: 30, cost: 145_000 + 5_000 * (i % 4) });
        }
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, diabetic ? 7 : 5),
        cbg: diabetic ? 'J-4-16-II' : 'J-4-16-I',
        dx: diabetic ? ['J18.9', 'E11.9'] : ['J18.9'],
        px: diabetic ? ['87.44', '93.96', '99.21', '90.59'] : ['87.44', '93.96', '99.21'],
        dpjp: diabetic || i % 2 ? internist : pulmonologist,
        scale: diabetic
          ? times(bill(19_500 + i), { tarif_laboratorium: 1.5, tarif_obat: 1.35, tarif_kamar: 1.3, tarif_keperawatan: 1.3 })
          : bill(19_500 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 5) % 14), (19 * i) % 60) }),
      });
      (diabetic ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
