// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice", moved off a plain
// duplicate. A new class C private hospital in Kutacane (Aceh Tenggara) removes appendices (K-1-12-I;
// eighteen stays, context). Four claims came back from verification for a missing document; the
// original stayed in the payment run, and six weeks later the casemix office submitted the corrected
// claim again under a new SEP: the same card, dates, group and operation, another coder's login, the
// bill retyped from the paper file and rounded to the thousand.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const RETURNED = new Set([3, 8, 13, 17]);

export default defineScenario({
  id: 'RT-REPEAT-151',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Kutacane mengangkat usus buntu (K-1-12-I). Empat klaim dikembalikan verifikator karena kurang berkas; klaim asli tetap dibayar, dan enam minggu kemudian bagian casemix mengajukan klaim perbaikan lagi dengan SEP baru: kartu, tanggal, grup dan operasi sama, login koder lain, tagihan diketik ulang dari berkas kertas dan dibulatkan ke ribuan.',
    en: 'A new class C private hospital in Kutacane removes appendices (K-1-12-I). Four claims came back from verification for a missing document; the original stayed in the payment run, and six weeks later the casemix office submitted the corrected claim again under a new SEP: same card, dates, group and operation, another coder’s login, the bill retyped from the paper file and rounded to the thousand.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehTenggara, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-05', 22, 5.9).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 12 + ((i * 7) % 45) });
      const pulang = ctx.dischargeAround({ member, masuk: day, cbg: 'K-1-12-I' });
      const spec = {
        member,
        facility: rs,
        masuk: day,
        pulang,
        cbg: 'K-1-12-I',
        dx: [i % 3 ? 'K35.8' : 'K37'],
        px: ['47.09'],
        dpjp: surgeon,
        sep: igd({ masukAt: hhmm((14 + i * 5) % 24, (7 * i) % 60) }),
      };
      const original = ctx.claim({ ...spec, scale: bill(22_300 + i), coder: 1 });
      context.push(original);
      if (!RETURNED.has(i)) return;
      const retyped = Object.fromEntries(Object.entries(componentsOf(original)).map(([k, v]) => [k, Math.round((v ?? 0) / 1000) * 1000]));
      fraud.push(ctx.claim({ ...spec, components: retyped, coder: 2, submitted: addDays(pulang, 12 + 42) }));
    });
    return { fraud, context };
  },
});
