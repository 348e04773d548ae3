// Near miss for UNNECESSARY_TREATMENT: one-night severity-I admissions that are the standard of
// care. A new class C government hospital in Tapaktuan (Aceh Selatan) admits poisonings, scalds and
// toxic exposures (T-4-10-I; fourteen stays, context). Six farmers bitten by snakes in their own
// gardens and plots are kept for twenty-four hours' observation with clotting tests every few hours
// before they are sent home, as the WHO guideline on snakebite asks even when no venom shows
// (T63.0, one night; PBI and self-paying smallholders, not wage earners).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const BITTEN = new Set([1, 4, 8, 11, 15, 18]);
const TOXIC = [
  { dx: ['T60.0'], px: ['99.18'] },
  { dx: ['T65.9'], px: ['99.18'] },
  { dx: ['T20.2'], px: ['99.18'] },
  { dx: ['T51.9'], px: ['99.18'] },
];

export default defineScenario({
  id: 'RT-NM-UNNEC-151',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS pemerintah kelas C baru di Tapaktuan merawat keracunan, luka bakar air panas dan paparan toksik. Enam petani yang digigit ular di kebunnya sendiri diobservasi dua puluh empat jam dengan pemeriksaan pembekuan darah berkala sebelum dipulangkan, sesuai pedoman WHO meski tanpa tanda bisa (T63.0, satu malam; petani PBI dan mandiri, bukan pekerja penerima upah).',
    en: 'A new class C government hospital in Tapaktuan admits poisonings, scalds and toxic exposures. Six farmers bitten by snakes in their own gardens are kept twenty-four hours with repeated clotting tests before going home, as the WHO snakebite guideline asks even without signs of venom (T63.0, one night; PBI and self-paying smallholders, not wage earners).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehSelatan, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const doctors = [ctx.doctor({ specialty: 'UMUM', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-07', 20, 6.6).forEach((day, i) => {
      const bitten = BITTEN.has(i);
      const toxic = TOXIC[i % TOXIC.length]!;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 19 + ((i * 7) % 45), sex: bitten ? 'L' : undefined }),
        facility: rs,
        masuk: day,
        ...(bitten ? { pulang: addDays(day, 1) } : {}),
        cbg: 'T-4-10-I',
        dx: bitten ? ['T63.0'] : toxic.dx,
        px: bitten ? ['90.59'] : toxic.px,
        dpjp: doctors[i % 2] as string,
        scale: bitten ? times(bill(23_800 + i), { tarif_laboratorium: 1.5 }) : bill(23_800 + i),
        sep: igd({ masukAt: hhmm(bitten ? 14 + (i % 4) : 9 + ((i * 5) % 12), (23 * i) % 60), ...(bitten ? { pulangAt: '16:30' } : {}) }),
      });
      (bitten ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
