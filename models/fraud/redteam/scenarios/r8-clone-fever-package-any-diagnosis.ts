// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients". A class D private hospital bills its short fever stays from one
// template: the bill of a three-day typhoid stay, every one of the 18 lines to the rupiah, is
// reused for children and adults whether the stay was typhoid, gastroenteritis or dengue.
// The groups differ, so the copies do not sit in one group, and the hospital's four honest
// stays of the same groups in the same months differ as patients do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

const STAYS = [
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'] },
  { cbg: 'K-4-17-I', dx: ['A09'], px: ['99.18'] },
  { cbg: 'A-4-13-I', dx: ['A90'], px: ['90.59'] },
] as const;

export default defineScenario({
  id: 'RT-CLONE-81',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas D menagih rawat demam singkat dari satu templat: tagihan rawat tifoid tiga hari (18 komponen sama sampai rupiah) dipakai ulang untuk anak dan dewasa, baik tifoid, gastroenteritis maupun dengue, di antara rawat jujur kelompok yang sama yang tagihannya berbeda.',
    en: 'A class D private hospital bills its short fever stays from one template: a three-day typhoid bill (all 18 lines to the rupiah) reused for children and adults whether typhoid, gastroenteritis or dengue, among honest stays of the same groups whose bills differ.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.batu, hospitalClass: 'D', offset: [0.01, 0.01] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const stay = (n: number, day: string, s: (typeof STAYS)[number]) => {
      const child = n % 3 === 1;
      return {
        member: ctx.member({
          sex: n % 2 ? ('P' as const) : ('L' as const),
          birthDate: bornBefore(day, child ? 7 + (n % 6) : 25 + ((n * 9) % 40), n),
          segment: n % 2 ? ('PBI' as const) : ('PBPU' as const),
          careClass: 3 as const,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: s.cbg,
        dx: [...s.dx],
        px: [...s.px],
        dpjp: doctors[child ? 1 : 0] as string,
        sep: igd({ masukAt: hhmm(15 + (n % 8), (13 * n) % 60) }),
      };
    };
    const honestDays = ['2026-01-08', '2026-02-04', '2026-03-11', '2026-04-15', '2026-05-06'] as const;
    const context: BuiltClaim[] = honestDays.map((day, i) =>
      ctx.claim({ ...stay(i, day, STAYS[i % 3] as (typeof STAYS)[number]), scale: bill(9100 + i) }),
    );
    // the first honest stay, a typhoid, is the template
    const template = componentsOf(context[0] as BuiltClaim);
    const copyDays = [
      '2026-01-19',
      '2026-02-02',
      '2026-02-16',
      '2026-03-03',
      '2026-03-23',
      '2026-04-06',
      '2026-04-20',
      '2026-05-04',
    ] as const;
    const fraud: BuiltClaim[] = copyDays.map((day, n) =>
      ctx.claim({ ...stay(10 + n, day, STAYS[n % 3] as (typeof STAYS)[number]), components: template }),
    );
    return { context, fraud };
  },
});
