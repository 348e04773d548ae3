// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days",
// as one stay cut in two. A new class C private hospital in Ciamis (West Java) treats pneumonia in
// five- or six-day stays (fourteen, context). Three patients are "discharged" at eight in the
// evening of their fourth day and "admitted" again through the emergency room before midnight with
// the same pneumonia, never having left the ward: two claims of the same group where the episode
// was one (the first claim context, the second the split-off part).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const SPLIT = new Set([2, 6, 11]);

export default defineScenario({
  id: 'RT-UNBUND-131',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Ciamis merawat pneumonia lima-enam hari. Tiga pasien "dipulangkan" pukul 20.00 pada hari keempat lalu "masuk" lagi lewat IGD sebelum tengah malam dengan pneumonia yang sama tanpa pernah meninggalkan bangsal: dua klaim satu grup untuk satu episode.',
    en: 'A new class C private hospital in Ciamis treats pneumonia in five- or six-day stays. Three patients are "discharged" at 20:00 on their fourth day and "admitted" again through the emergency room before midnight with the same pneumonia, never having left the ward: two claims of one group for one episode.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.ciamis, hospitalClass: 'C' });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-10', 14, 9).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 45 + ((i * 5) % 35) });
      const split = SPLIT.has(i);
      const stay = (masuk: string, los: number, k: number, masukAt: string, pulangAt?: string): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '93.96', '99.21'],
          dpjp: i % 2 ? pulmonologist : internist,
          scale: bill(14_000 + 2 * i + k),
          sep: igd({ masukAt, ...(pulangAt ? { pulangAt } : {}) }),
        });
      if (!split) {
        context.push(stay(day, 5 + (i % 2), 0, hhmm(14 + (i % 8), (7 * i) % 60)));
        return;
      }
      context.push(stay(day, 4, 0, hhmm(15 + (i % 5), (7 * i) % 60), '20:00'));
      fraud.push(stay(addDays(day, 4), 2, 1, hhmm(22, 10 + 9 * (i % 4))));
    });
    return { fraud, context };
  },
});
