// Near miss of INFLATED_BILL ("tariff components as outliers within the same CBG").
// Snakebite envenoming of farmers needs antivenom: ten vials as a first dose for severe
// envenoming, repeated until the blood clots (WHO Guidelines for the Management of Snakebites,
// 2nd ed. 2016; the 20-minute whole-blood clotting test every six hours). The drug component
// is five to eight times that of the group's other poisonings, and the laboratory high with
// it, because the antivenom and the clotting tests are the treatment.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-ANTIVENOM-51',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Gigitan ular berbisa pada petani butuh antibisa: sepuluh vial sebagai dosis awal untuk envenomasi berat, diulang sampai darah membeku (uji pembekuan 20 menit tiap enam jam); komponen obat lima sampai delapan kali keracunan lain di kelompok yang sama, laboratorium ikut tinggi, karena antibisa dan uji pembekuan adalah terapinya.',
    en: 'Snakebite envenoming of farmers needs antivenom: ten vials as a first dose for severe envenoming, repeated until the blood clots (20-minute clotting test every six hours); the drug component is five to eight times the group’s other poisonings, the laboratory high with it, because antivenom and clotting tests are the treatment.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.03, 0.02] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const farmers = [
      ['L', '1976-02-11', '2026-01-23', 5],
      ['L', '1969-09-06', '2026-02-19', 8],
      ['P', '1983-05-29', '2026-03-12', 6],
      ['L', '1990-12-17', '2026-04-16', 7],
      ['L', '1958-07-03', '2026-05-07', 6],
    ] as const;
    const nearMiss: BuiltClaim[] = farmers.map(([sex, born, day, vialsFactor], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'T-4-10-II',
        dx: ['T63.0', 'D69.6'],
        px: ['90.59'],
        dpjp: internist,
        scale: times(bill(i), { tarif_obat: vialsFactor, tarif_laboratorium: 2.2, tarif_bmhp: 1.4 }),
        sep: igd({ masukAt: `${String(15 + i).padStart(2, '0')}:20` }),
      }),
    );
    return { nearMiss };
  },
});
