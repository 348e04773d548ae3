// DOMAIN.md section 3, UPCODING on an obstetric group: a secondary that raises severity with
// nothing in the bill behind it. A new class C private hospital in Bangko (Merangin, Jambi) delivers
// mothers vaginally in two days or so (O-6-13-I; eighteen deliveries, context). Two labours truly
// stalled: the mother was monitored and augmented for most of a day, more drugs, three days
// (O-6-13-II with O62.2 and fetal monitoring, context). On four ordinary deliveries of one midwife-
// led shift the coder adds O62.2 too: no monitoring coded, the ordinary drugs line, the ordinary
// stay, the severity-I bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const CODED_UP = new Set([3, 7, 12, 18]);
const STALLED = new Set([9, 15]);

export default defineScenario({
  id: 'RT-UPCODE-153',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Bangko menolong persalinan normal sekitar dua hari (O-6-13-I). Dua persalinan sungguh macet: ibu dipantau dan diinduksi hampir sehari, obat lebih banyak, tiga hari (O-6-13-II dengan O62.2). Pada empat persalinan biasa koder juga menambah O62.2: tanpa pemantauan, obat biasa, lama rawat biasa, tagihan keparahan I.',
    en: 'A new class C private hospital in Bangko delivers mothers vaginally in about two days (O-6-13-I). Two labours truly stalled: monitored and augmented for most of a day, more drugs, three days (O-6-13-II with O62.2). On four ordinary deliveries the coder adds O62.2 too: no monitoring, the ordinary drugs, the ordinary stay, the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.merangin, hospitalClass: 'C' });
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-05', 24, 5.6).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const stalled = STALLED.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 19 + ((i * 5) % 20), sex: 'P' }),
        facility: rs,
        masuk: day,
        ...(up ? { pulang: addDays(day, 1 + (i % 2)) } : stalled ? { pulang: addDays(day, 3) } : {}),
        cbg: up || stalled ? 'O-6-13-II' : 'O-6-13-I',
        dx: up || stalled ? ['O80.0', 'O62.2'] : [i % 5 === 2 ? 'O70.0' : 'O80.0'],
        px: stalled ? ['73.59', '75.34'] : ['73.59'],
        dpjp: obstetricians[up ? 1 : i % 2] as string,
        ...(up ? { billedRatio: billOf('O-6-13-I', 'O-6-13-II') } : {}),
        scale: stalled ? times(bill(21_300 + i), { tarif_obat: 1.6, tarif_keperawatan: 1.5, tarif_kamar: 1.4 }) : bill(21_300 + i),
        sep: igd({ masukAt: hhmm((3 + i * 5) % 24, (29 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
