// DOMAIN.md section 3, CLONING. A class B private hospital with a cardiac unit bills its
// myocardial infarctions treated without a catheter (thrombolysis not given, heparin and
// monitoring) from one template: one honest stay's 18 lines to the rupiah, two days of
// intensive care and five days in all, reused for men and women of forty to eighty under
// both of its cardiologists over five months, among honest infarction stays whose bills
// differ with the days in intensive care, the enzymes drawn and the drugs given.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-CLONE-83',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas B dengan unit jantung menagih infark miokard tanpa kateterisasi dari satu templat: 18 komponen satu rawat jujur sama sampai rupiah (dua hari ICU, lima hari total) dipakai ulang untuk pria dan wanita 40-80 tahun di bawah kedua dokter jantungnya selama lima bulan, di antara rawat infark jujur yang tagihannya berbeda.',
    en: 'A class B private hospital with a cardiac unit bills its myocardial infarctions treated without a catheter from one template: one honest stay’s 18 lines to the rupiah (two ICU days, five days in all) reused for men and women of 40-80 under both its cardiologists over five months, among honest infarction stays whose bills differ.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.tomohon, hospitalClass: 'B', offset: [0.01, 0.01] });
    const cardiologists = [ctx.doctor({ specialty: 'SP_JP', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const stay = (n: number, day: string, icu: number, los: number) => ({
      member: ctx.member({
        sex: n % 3 ? ('L' as const) : ('P' as const),
        birthDate: bornBefore(day, 42 + ((n * 11) % 38), n),
        segment: n % 2 ? ('PBI' as const) : ('PPU' as const),
        careClass: n % 2 ? (3 as const) : (2 as const),
        regency: rs.regency,
      }),
      facility: rs,
      masuk: day,
      pulang: addDays(day, los),
      cbg: 'I-4-10-I',
      dx: ['I21.4', 'I10'],
      px: ['89.52', '88.72'],
      dpjp: cardiologists[n % 2] as string,
      icuDays: icu,
      sep: igd({ masukAt: hhmm(1 + ((n * 5) % 22), (17 * n) % 60) }),
    });
    const honest = [
      ['2026-01-10', 2, 5],
      ['2026-02-01', 3, 6],
      ['2026-02-28', 1, 4],
      ['2026-03-29', 2, 5],
      ['2026-04-26', 4, 7],
    ] as const;
    const context: BuiltClaim[] = honest.map(([day, icu, los], i) => ctx.claim({ ...stay(i, day, icu, los), scale: bill(9300 + i) }));
    const template = componentsOf(context[0] as BuiltClaim);
    const copyDays = ['2026-01-24', '2026-02-15', '2026-03-08', '2026-03-21', '2026-04-11', '2026-05-03'] as const;
    const fraud: BuiltClaim[] = copyDays.map((day, n) => ctx.claim({ ...stay(10 + n, day, 2, 5), components: template }));
    return { context, fraud };
  },
});
