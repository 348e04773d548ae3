// DOMAIN.md section 3, CLONING, moved off a copy or a scaled copy: the clerk adds or takes a few
// thousand rupiah on each line. A new class C private hospital in Manna (Bengkulu Selatan) treats
// closed fractures from motorbike crashes with a cast and a few nights' observation (S-4-11-I;
// twenty stays, each patient's own bill, context). One ankle fracture's bill in January (context)
// is the template for four later patients under two other doctors, on other days: every line moved
// by a flat Rp5,000-25,000 up or down, the primary diagnosis copied with it.
import { addDays } from '../context.js';
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const COPIES = new Set([5, 10, 14, 19]);
const FRACTURES = ['S82.6', 'S42.0', 'S92.3', 'S82.6', 'S32.0'];

/** The template's lines moved by flat amounts (Rp5,000 steps, up or down by copy and line); empty lines stay empty. */
function nudged(lines: Partial<Record<TariffComponent, number>>, copy: number): Partial<Record<TariffComponent, number>> {
  return Object.fromEntries(
    TARIFF_COMPONENTS.map(([c], k) => {
      const v = lines[c] ?? 0;
      if (v === 0) return [c, 0];
      const step = 5_000 * (1 + ((copy * 3 + k) % 5));
      return [c, Math.max(0, v + ((copy + k) % 2 ? step : -step))];
    }),
  ) as Partial<Record<TariffComponent, number>>;
}

export default defineScenario({
  id: 'RT-CLONE-152',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas C baru di Manna merawat patah tulang tertutup akibat kecelakaan motor dengan gips dan observasi beberapa malam (S-4-11-I). Tagihan satu patah pergelangan kaki pada Januari menjadi templat empat pasien kemudian di bawah dua dokter lain, di hari lain: setiap baris digeser Rp5.000-25.000 naik atau turun, diagnosis utama ikut tersalin.',
    en: 'A new class C private hospital in Manna treats closed fractures from motorbike crashes with a cast and a few nights’ observation (S-4-11-I). One ankle fracture’s bill in January is the template for four later patients under two other doctors, on other days: every line moved by a flat Rp5,000-25,000 up or down, the primary diagnosis copied with it.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.bengkuluSelatan, hospitalClass: 'C' });
    const doctors = [
      ctx.doctor({ specialty: 'SP_OT', at: [rs] }),
      ctx.doctor({ specialty: 'SP_B', at: [rs] }),
      ctx.doctor({ specialty: 'UMUM', at: [rs] }),
    ];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let template: BuiltClaim | undefined;
    spread('2026-01-06', 24, 5.5).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 17 + ((i * 7) % 45), sex: i % 4 === 1 ? 'P' : 'L' });
      const sep = igd({ masukAt: hhmm((16 + i * 3) % 24, (11 * i) % 60) });
      if (COPIES.has(i) && template) {
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'S-4-11-I',
            dx: ['S82.6'],
            px: ['87.44'],
            dpjp: doctors[1 + (i % 2)] as string,
            components: nudged(componentsOf(template), i),
            sep,
          }),
        );
        return;
      }
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(i === 0 ? { pulang: addDays(day, 4) } : {}),
        cbg: 'S-4-11-I',
        dx: [i === 0 ? 'S82.6' : (FRACTURES[i % FRACTURES.length] as string)],
        px: ['87.44'],
        dpjp: doctors[i % 3] as string,
        scale: bill(21_500 + i),
        sep,
      });
      if (i === 0) template = claim;
      context.push(claim);
    });
    return { fraud, context };
  },
});
