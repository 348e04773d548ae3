// DOMAIN.md section 3, INFLATED_BILL ("tariff components as outliers within the same CBG"): a
// class C private hospital in Ende bills a rehabilitation line on every appendectomy and hernia
// repair, a daily chest physiotherapy session the young patients walking on day one never
// needed, at ten to fourteen times the line an ordinary surgical stay carries. No rehabilitation
// procedure is coded. The hospital's medical stays (context) are billed the ordinary way.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-INFLATED-93',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C di Ende menagih baris rehabilitasi (fisioterapi dada harian) 10-14 kali lipat pada setiap apendektomi dan herniorafi pasien muda tanpa kode tindakan rehabilitasi.',
    en: 'A class C private hospital in Ende bills a rehabilitation line (daily chest physiotherapy) ten to fourteen times the ordinary on every appendectomy and hernia repair of young patients, with no rehabilitation procedure coded.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.ende, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-09', 8, 17).map((day, i) => {
      const hernia = i % 3 === 2;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 16 + ((i * 7) % 30), ...(hernia ? { sex: 'L' as const } : {}) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: hernia ? 'K-1-13-I' : 'K-1-12-I',
        dx: [hernia ? 'K40.9' : 'K35.8'],
        px: [hernia ? '53.00' : '47.09'],
        ...(hernia ? { laterality: ['R'] as const } : {}),
        dpjp: surgeon,
        scale: times(bill(9060 + i), { tarif_rehabilitasi: 10 + (i % 5) }),
        sep: igd({ masukAt: hhmm(17 + (i % 6), (13 * i) % 60) }),
      });
    });
    const context = every('2026-01-14', 5, 25).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, 10 + i, { age: 30 + 6 * i }),
        facility: rs,
        masuk: day,
        cbg: 'A-4-11-I',
        dx: ['A01.0'],
        px: ['99.21'],
        dpjp: internist,
        scale: bill(9070 + i),
        sep: igd({ masukAt: hhmm(10 + i, 20) }),
      }),
    );
    return { fraud, context };
  },
});
