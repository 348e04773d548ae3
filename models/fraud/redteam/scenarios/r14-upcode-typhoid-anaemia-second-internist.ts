// DOMAIN.md section 3, UPCODING, one step (I to II), under one of two internists: a new class C
// private hospital in Kuala Kapuas (Kapuas, Central Kalimantan) treats typhoid fever in four-day
// stays (A-4-11-I, sixteen stays, context). One patient with a haemoglobin of 6 is transfused and
// stays six days, honestly grouped A-4-11-II with D64.9 (context). On three stays of the newer
// internist the coder adds D64.9 (anaemia) too: no transfusion, no blood service, the ordinary
// laboratory, four days and the severity-I bill. The other internist's stays stay honest.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const CODED_UP = new Set([5, 11, 15]);
const TRANSFUSED = 8;

export default defineScenario({
  id: 'RT-UPCODE-142',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Kuala Kapuas merawat demam tifoid empat hari. Satu pasien dengan Hb 6 ditransfusi dan dirawat enam hari (A-4-11-II dengan D64.9). Pada tiga rawat inap internis yang lebih baru koder juga menambah D64.9: tanpa transfusi, tanpa pelayanan darah, lab biasa, empat hari dan tagihan keparahan I.',
    en: 'A new class C private hospital in Kuala Kapuas treats typhoid in four-day stays. One patient with a haemoglobin of 6 is transfused and stays six days (A-4-11-II with D64.9). On three stays of the newer internist the coder adds D64.9 too: no transfusion, no blood service, ordinary laboratory, four days and the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.kapuas, hospitalClass: 'C' });
    const senior = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const newer = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 19, 7.6).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const transfused = i === TRANSFUSED;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 16 + ((i * 9) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, transfused ? 6 : 4),
        cbg: up || transfused ? 'A-4-11-II' : 'A-4-11-I',
        dx: up || transfused ? ['A01.0', 'D64.9'] : ['A01.0'],
        px: transfused ? ['99.21', '99.04'] : ['99.21'],
        dpjp: up || i % 2 ? newer : senior,
        coder: up ? 2 : 1 + (i % 2),
        ...(up ? { billedRatio: billOf('A-4-11-I', 'A-4-11-II') } : {}),
        scale: transfused ? times(bill(17_600 + i), { tarif_laboratorium: 1.5, tarif_kamar: 1.4 }) : bill(17_600 + i),
        ...(transfused ? { components: { tarif_pelayanan_darah: 720_000 } } : {}),
        sep: igd({ masukAt: hhmm(9 + ((i * 7) % 13), (41 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
