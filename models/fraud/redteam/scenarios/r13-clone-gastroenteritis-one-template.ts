// DOMAIN.md section 3, CLONING, across doctors and weeks: a new class C private hospital in
// Kabupaten Pekalongan (Central Java) treats acute gastroenteritis with dehydration in three-day
// stays (twenty, context), each bill its own. Four further claims, for four other members on
// other days and under both internists, carry the bill of one real January patient (the template,
// context) component for component, only the drug line nudged by one per cent and the secondary
// diagnosis swapped between E86 and nothing: the same stay copied onto other cards.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const COPIES = new Set([6, 10, 15, 18]);

export default defineScenario({
  id: 'RT-CLONE-131',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas C baru di Kabupaten Pekalongan merawat gastroenteritis dengan dehidrasi tiga hari, tiap tagihan berbeda. Empat klaim lain, untuk empat peserta lain pada hari lain dan di bawah kedua internis, memakai tagihan satu pasien Januari komponen demi komponen, hanya obat digeser satu persen dan diagnosis sekunder E86 ditukar.',
    en: 'A new class C private hospital in Kabupaten Pekalongan treats gastroenteritis with dehydration in three-day stays, each bill its own. Four further claims, for four other members on other days under both internists, carry one January patient’s bill component for component, only the drugs nudged by one per cent and the E86 secondary swapped.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabPekalongan, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let template: BuiltClaim | null = null;
    every('2026-01-07', 24, 5.5).forEach((day, i) => {
      const copy = COPIES.has(i) && template !== null;
      const base = {
        member: patient(ctx, rs, day, i, { age: 19 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-4-17-I',
        px: ['99.18'],
        dpjp: internists[i % 2] as string,
        sep: igd({ masukAt: hhmm(10 + (i % 12), (31 * i) % 60) }),
      };
      if (copy && template) {
        const c = componentsOf(template);
        const obat = Math.round(((c.tarif_obat ?? 0) * (i % 2 ? 1.01 : 0.99)) / 100) * 100;
        fraud.push(ctx.claim({ ...base, dx: i % 2 ? ['A09'] : ['A09', 'E86'], components: { ...c, tarif_obat: obat } }));
        return;
      }
      const claim = ctx.claim({ ...base, dx: i % 3 ? ['A09', 'E86'] : ['A09'], scale: bill(13_700 + i) });
      if (i === 1) template = claim;
      context.push(claim);
    });
    return { fraud, context };
  },
});
