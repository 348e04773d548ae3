// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Stroke patients often get a urinary catheter (57.94), and a
// urine dipstick from a catheter shows leucocytes; a urinary tract infection is diagnosed on
// symptoms and a culture and treated with antibiotics (IDSA 2009 catheter-associated UTI
// guideline: asymptomatic bacteriuria in a catheterised patient is neither coded nor treated). At
// a new class C government hospital in Mukomuko (Bengkulu) the coder adds N39.0 to half of the
// cerebral-infarction stays, those with a catheter, grouping them G-4-14-II: no antibiotic
// injection, no added laboratory, six days and the cost of the stays left at severity I. Some
// patients come through the puskesmas, most through the emergency room.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UPCODE-115',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas C baru di Mukomuko menambahkan infeksi saluran kemih (N39.0) pada separuh rawat inap infark serebral yang memakai kateter urin, sehingga keparahan naik ke II; tanpa suntikan antibiotik, tanpa tambahan laboratorium, enam hari, biaya sama dengan yang tetap keparahan I.',
    en: 'A new class C government hospital in Mukomuko adds a urinary tract infection (N39.0) to half its cerebral-infarction stays, those with a urinary catheter, lifting severity to II; no antibiotic injection, no added laboratory, six days, the cost of the stays left at severity I.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.mukomuko, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 14, 9.5).forEach((day, i) => {
      const raised = i % 2 === 1;
      const member = patient(ctx, rs, day, i, { age: 55 + ((i * 4) % 25) });
      const dx = raised ? ['I63.9', 'N39.0'] : i % 4 === 0 ? ['I63.9', 'I10'] : ['I63.9'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 6),
        cbg: raised ? 'G-4-14-II' : 'G-4-14-I',
        dx,
        px: raised || i % 4 === 2 ? ['87.03', '57.94'] : ['87.03'],
        dpjp: i % 3 ? neurologist : internist,
        billedRatio: raised ? billOf('G-4-14-I', 'G-4-14-II') : 0.85,
        scale: bill(13_500 + i),
        sep:
          i % 4 === 3
            ? inap(referredBy(ctx, member, puskesmas, rs, day, ['I63.9']), { masukAt: hhmm(10, 5 * i) })
            : igd({ masukAt: hhmm(5 + ((i * 5) % 18), (7 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
