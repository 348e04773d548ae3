// DOMAIN.md section 3, UPCODING, one step (I to II) by a second coder login: a new class C private
// hospital in Sinjai (South Sulawesi) admits children with acute diarrhoea for three days of
// intravenous fluids (K-4-17-I, A09 with 99.18; seventeen stays, context). Two children arrive
// severely dehydrated, stay five days with more laboratory and are honestly grouped K-4-17-II with
// E86 (context). On four three-day stays coded at weekends under the relief coder's login, E86 is
// added too, which the IV fluids every child gets seem to support: the same three days, the same
// laboratory and the severity-I bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const CODED_UP = new Set([4, 9, 15, 20]);
const DEHYDRATED = new Set([7, 13]);

export default defineScenario({
  id: 'RT-UPCODE-143',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Sinjai merawat anak diare akut tiga hari dengan infus (K-4-17-I). Dua anak datang dehidrasi berat, lima hari, lab lebih banyak (K-4-17-II dengan E86). Pada empat rawat inap tiga hari yang dikode akhir pekan dengan login koder pengganti, E86 juga ditambahkan, seolah didukung infus yang diterima semua anak: tiga hari, lab sama, tagihan keparahan I.',
    en: 'A new class C private hospital in Sinjai admits children with acute diarrhoea for three days of IV fluids (K-4-17-I). Two arrive severely dehydrated and stay five days with more laboratory (K-4-17-II with E86). On four three-day stays coded at weekends under the relief coder’s login E86 is added too, seemingly supported by the fluids every child gets: three days, the same laboratory, the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.sinjai, hospitalClass: 'C' });
    const paediatricians = [ctx.doctor({ specialty: 'SP_A', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 23, 6.3).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const dehydrated = DEHYDRATED.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 1 + (i % 9) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, dehydrated ? 5 : 3),
        cbg: up || dehydrated ? 'K-4-17-II' : 'K-4-17-I',
        dx: up || dehydrated ? ['A09', 'E86'] : ['A09'],
        px: ['99.18'],
        dpjp: paediatricians[i % 2] as string,
        coder: up ? 3 : 1 + (i % 2),
        ...(up ? { billedRatio: billOf('K-4-17-I', 'K-4-17-II') } : {}),
        scale: dehydrated
          ? times(bill(17_700 + i), { tarif_laboratorium: 1.5, tarif_kamar: 1.6, tarif_keperawatan: 1.5, tarif_obat: 1.3 })
          : bill(17_700 + i),
        sep: igd({ masukAt: hhmm(7 + ((i * 5) % 16), (13 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
