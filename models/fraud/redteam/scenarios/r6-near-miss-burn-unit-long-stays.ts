// Near miss of PROLONGED_LOS (stays far above the group's norm). Major burns heal over weeks:
// a burn of a large area with third-degree parts needs serial debridement and grafting, and
// the stay runs about one day per per cent of body surface burned (American Burn Association
// benchmark; Kemenkes PNPK luka bakar 2019). The burn unit of a class A government hospital in
// Malang keeps its patients 24-38 days with an ICU start, and every day has its care on the
// bill: dressings (consumables), drugs, nursing, theatre for each debridement.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-BURNS-61',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Luka bakar luas sembuh dalam minggu: unit luka bakar RS pemerintah kelas A di Malang merawat pasiennya 24-38 hari dengan awal di ICU, debridemen berulang, dan setiap hari ada perawatannya di tagihan (balutan, obat, keperawatan, kamar operasi).',
    en: 'Major burns heal over weeks: the burn unit of a class A government hospital in Malang keeps its patients 24-38 days with an ICU start and repeated debridement, and every day has its care on the bill (dressings, drugs, nursing, theatre).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.malang, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [-0.02, -0.01] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1983-05-02', '2026-01-08', 31, 'T29.3', 4],
      ['P', '1976-10-16', '2026-01-25', 24, 'T29.3', 3],
      ['L', '1995-03-11', '2026-02-19', 38, 'T29.3', 6],
      ['L', '1969-08-27', '2026-03-12', 27, 'T20.2', 3],
      ['P', '2001-12-04', '2026-04-02', 33, 'T29.3', 5],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, los, dx, icuDays], i) => {
      // the bill of a stay at the norm (7.6 days at severity III) grows with the days
      const days = los / 7.6;
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'S-1-10-III',
        dx: [dx, 'E86', 'D64.9'],
        px: ['86.22', '99.04', '38.93'],
        icuDays,
        dpjp: surgeon,
        scale: times(bill(360 + i), {
          tarif_kamar: days,
          tarif_keperawatan: days,
          tarif_bmhp: days,
          tarif_obat: days / 2,
          tarif_prosedur_bedah: 2.5,
        }),
        sep: igd({ masukAt: hhmm(6 + 3 * i, 50) }),
      });
    });
    return { nearMiss };
  },
});
