// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", as a small scheme at a clean hospital. A new class C private
// hospital in Wajo (South Sulawesi, WITA) admits dengue through its emergency room all rainy season
// (fourteen stays, severity I and II as the fever ran, context); on three of them the coder adds
// R57.0 (shock) and the group becomes A-4-13-III, yet the stay was four ward days like the others:
// no ICU day, no transfusion, no extra fluids or nursing on the bill, which stays an ordinary
// dengue bill. Dengue shock would have filled the intensive-care and nursing lines.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const RAISED = new Set([4, 9, 12]);

export default defineScenario({
  id: 'RT-UPCODE-121',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Wajo merawat demam berdarah sepanjang musim hujan (empat belas rawat inap, keparahan I-II); pada tiga di antaranya koder menambah R57.0 (syok) sehingga menjadi A-4-13-III, padahal empat hari di bangsal seperti yang lain: tanpa ICU, tanpa transfusi, tagihan demam berdarah biasa.',
    en: 'A new class C private hospital in Wajo admits dengue all rainy season (fourteen stays, severity I-II); on three the coder adds R57.0 (shock) and the group becomes A-4-13-III, yet the stays were four ward days like the others: no ICU, no transfusion, an ordinary dengue bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.wajo, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 14, 7.5).forEach((day, i) => {
      const child = i % 2 === 1;
      const raised = RAISED.has(i);
      const honestCbg = i % 4 === 3 ? 'A-4-13-II' : 'A-4-13-I';
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: child ? 6 + i : 19 + 3 * i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 2)),
        cbg: raised ? 'A-4-13-III' : honestCbg,
        dx: raised ? ['A91', 'R57.0'] : i % 3 ? ['A91'] : ['A90'],
        px: ['90.59'],
        dpjp: doctors[child ? 1 : 0] as string,
        ...(raised ? { billedRatio: billOf('A-4-13-I', 'A-4-13-III') } : {}),
        scale: bill(12_100 + i),
        sep: igd({ masukAt: hhmm(14 + (i % 9), (13 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
