// Near miss for INFLATED_BILL (honest twin of RT-INFLATED-141): the class B government hospital of
// Kabupaten Mojokerto (East Java) is the trauma referral centre for a stretch of the Trans-Java toll
// road and scans every head injury it admits, as NICE NG232 advises after a road crash at speed:
// CT of the head coded (87.03) with the SI-01 top-up, and a radiology line well above what a
// hospital that X-rays its head injuries bills (fourteen stays, all near misses). Small scalp
// wounds are stitched in the emergency room and sent home with no scan (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const WOUNDS = new Set([3, 8, 12, 16]);

export default defineScenario({
  id: 'RT-NM-CTSCAN-141',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'RSUD kelas B Kabupaten Mojokerto adalah pusat rujukan trauma untuk ruas tol Trans-Jawa dan melakukan CT kepala pada setiap cedera kepala yang dirawat, sesuai NICE NG232 setelah kecelakaan berkecepatan tinggi: CT dikode (87.03) dengan top-up SI-01, dan komponen radiologi jauh di atas rumah sakit yang hanya merontgen. Luka kulit kepala kecil dijahit di IGD tanpa CT.',
    en: 'The class B government hospital of Kabupaten Mojokerto is the trauma referral centre for a stretch of the Trans-Java toll road and scans every head injury it admits, as NICE NG232 advises after a high-speed crash: head CT coded (87.03) with the SI-01 top-up, and a radiology line well above a hospital that only X-rays. Small scalp wounds are stitched in the emergency room with no scan.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.kabMojokerto, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const neurosurgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const gp = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 18, 7.8).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 17 + ((i * 7) % 50) });
      const sep = igd({ masukAt: hhmm((i * 7) % 24, (43 * i) % 60) });
      if (WOUNDS.has(i)) {
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'S-3-13-0',
            dx: ['S01.8'],
            px: ['86.59'],
            dpjp: gp,
            scale: bill(19_300 + i),
            sep,
          }),
        );
        return;
      }
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2 + (i % 3)),
          cbg: 'S-4-10-I',
          dx: i % 3 === 2 ? ['S06.0', 'S00.9'] : i % 3 === 1 ? ['S06.0', 'S22.3'] : ['S06.0'],
          px: i % 3 === 1 ? ['87.03', '87.44'] : ['87.03'],
          specialCmg: ['SI-01'],
          dpjp: i % 2 ? neurosurgeon : neurologist,
          scale: times(bill(19_300 + i), { tarif_radiologi: 2.6 + 0.1 * (i % 3) }),
          sep,
        }),
      );
    });
    return { nearMiss, context };
  },
});
