// DOMAIN.md section 3, UPCODING: "severity-III share vs peers ... secondary diagnoses that raise
// severity with no supporting procedure or tariff component". Protein-energy malnutrition is a
// comorbidity the grouper counts, and a frail old patient looks the part; the diagnosis needs a
// nutritional assessment and is treated (dietitian, supplements, parenteral nutrition 99.15 when
// severe). A new class C private hospital in Lebak (Banten) takes on a coder in February who codes
// moderate protein-energy malnutrition (E44.0) on most patients over 65 whose stays he codes
// (pneumonia, gastroenteritis, urinary infection), lifting them to severity II; no nutrition
// procedure, no added drug or consumable cost, the same days. His two colleagues, and he himself in
// his first weeks, code the same patients at severity I.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

const GROUPS = [
  { base: 'J-4-16', dx: 'J18.9', px: ['87.44', '99.21'], days: 5 },
  { base: 'K-4-17', dx: 'A09', px: ['99.18'], days: 3 },
  { base: 'N-4-11', dx: 'N39.0', px: ['99.21'], days: 3 },
] as const;

export default defineScenario({
  id: 'RT-UPCODE-114',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Koder baru RS swasta kelas C di Lebak sejak Februari mengode malnutrisi energi-protein sedang (E44.0) pada sebagian besar pasien di atas 65 tahun (pneumonia, gastroenteritis, ISK) yang ia kode, sehingga keparahan naik ke II; tanpa asesmen gizi, nutrisi parenteral, atau tambahan biaya obat dan BMHP, lama rawat sama; rekan-rekannya mengode pasien serupa keparahan I.',
    en: 'A new coder at a class C private hospital in Lebak codes moderate protein-energy malnutrition (E44.0) from February on most patients over 65 (pneumonia, gastroenteritis, urinary infection) whose stays he codes, lifting them to severity II; no nutritional assessment, parenteral nutrition or added drug and consumable cost, the same days; his colleagues code such patients at severity I.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.lebak, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 30, 4.6).forEach((day, i) => {
      const g = GROUPS[i % GROUPS.length] as (typeof GROUPS)[number];
      const coder = 1 + (i % 3);
      // coder 3 from February, on four stays in five he codes
      const raised = coder === 3 && day >= '2026-02-02' && i % 5 !== 2;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 66 + ((i * 3) % 17) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, g.days + (i % 4 === 1 ? 1 : 0)),
        cbg: `${g.base}-${raised ? 'II' : 'I'}`,
        dx: raised ? [g.dx, 'E44.0'] : [g.dx],
        px: [...g.px],
        dpjp: internists[i % 2] as string,
        coder,
        billedRatio: raised ? billOf(`${g.base}-I`, `${g.base}-II`) : 0.85,
        scale: bill(13_400 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 7) % 17), (9 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
