// DOMAIN.md section 3, UPCODING, moved to another CMG: a new class C private hospital in Kabupaten
// Tegal (Central Java) admits older patients with urinary tract infection through its emergency
// room (eighteen stays of three days, N-4-11-I, context). On three of them the coder puts A41.9
// (septicaemia) first and N39.0 second, so the claim groups to A-4-10-I, the septicaemia group,
// while the stay stays a ward UTI stay: three days, no ICU day, no central line, no culture or
// extra laboratory on the bill, which is the UTI bill. Urosepsis would show in the ICU, laboratory
// and drug lines and a longer stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const CODED_UP = new Set([3, 8, 14]);

export default defineScenario({
  id: 'RT-UPCODE-131',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Kabupaten Tegal merawat infeksi saluran kemih pasien lanjut usia tiga hari lewat IGD (delapan belas rawat inap); pada tiga di antaranya koder menaruh A41.9 (septikemia) sebagai diagnosis utama sehingga menjadi A-4-10-I, padahal tetap tiga hari di bangsal tanpa ICU, tanpa kultur, dengan tagihan ISK biasa.',
    en: 'A new class C private hospital in Kabupaten Tegal treats older patients’ urinary tract infections in three-day stays through its emergency room (eighteen stays); on three the coder puts A41.9 (septicaemia) first so the claim groups to A-4-10-I, yet each was three ward days with no ICU and no culture, on an ordinary UTI bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabTegal, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 18, 7.4).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 61 + ((i * 7) % 22), sex: i % 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 4 === 0 ? 1 : 0)),
        cbg: up ? 'A-4-10-I' : 'N-4-11-I',
        dx: up ? ['A41.9', 'N39.0'] : i % 5 === 2 ? ['N39.0', 'I10'] : ['N39.0'],
        px: i % 2 ? ['57.94'] : [],
        dpjp: internists[i % 2] as string,
        ...(up ? { billedRatio: billOf('N-4-11-I', 'A-4-10-I') } : {}),
        scale: bill(13_100 + i),
        sep: igd({ masukAt: hhmm(15 + (i % 8), (17 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
