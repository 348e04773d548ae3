// DOMAIN.md section 3, UPCODING, a complication that contradicts the admission: an obstructed
// hernia is an emergency, but these came on a planned list. A new class C private hospital in
// Kotabumi (Lampung Utara) repairs inguinal hernias on a planned list, referred by the puskesmas
// weeks ahead (K-1-13-I; eighteen stays, context). Two men truly arrive at night with an obstructed
// hernia through the emergency room and stay longer (K-1-13-II with K56.6, context). On four
// planned repairs, booked from the clinic a month ahead, the coder adds K56.6 too: the morning
// arrival, the referral letter, the day-two discharge and the severity-I bill stay as they were.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const CODED_UP = new Set([2, 8, 13, 20]);
const OBSTRUCTED = new Set([5, 17]);

export default defineScenario({
  id: 'RT-UPCODE-152',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Kotabumi memperbaiki hernia inguinal terencana dengan rujukan puskesmas (K-1-13-I). Dua pria sungguh datang malam lewat IGD dengan hernia obstruksi dan dirawat lebih lama (K-1-13-II). Pada empat operasi terencana koder juga menambah K56.6: datang pagi dengan surat rujukan, pulang hari kedua, tagihan keparahan I.',
    en: 'A new class C private hospital in Kotabumi repairs inguinal hernias on a planned list, referred by the puskesmas (K-1-13-I). Two men truly arrive at night through the emergency room with an obstructed hernia and stay longer (K-1-13-II). On four planned repairs the coder adds K56.6 too: morning arrival on a referral letter, home on day two, the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.lampungUtara, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-08', 24, 5.5).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const real = OBSTRUCTED.has(i);
      const member = patient(ctx, rs, day, i, { age: 28 + ((i * 9) % 45), sex: 'L' });
      const side = i % 3 === 0 ? 'L' : 'R';
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(up ? { pulang: addDays(day, 2) } : real ? { pulang: addDays(day, 5) } : {}),
        cbg: up || real ? 'K-1-13-II' : 'K-1-13-I',
        dx: up || real ? ['K40.9', 'K56.6'] : ['K40.9'],
        px: real ? ['53.00', '99.18'] : ['53.00'],
        laterality: real ? [side, 'N'] : [side],
        dpjp: surgeon,
        ...(up ? { billedRatio: billOf('K-1-13-I', 'K-1-13-II') } : {}),
        scale: real ? times(bill(21_200 + i), { tarif_laboratorium: 1.7, tarif_kamar: 1.5, tarif_obat: 1.4 }) : bill(21_200 + i),
        sep: real
          ? igd({ masukAt: hhmm(22, (13 * i) % 60), operasiAt: `${addDays(day, 1)} 01:30` })
          : inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -20 - (i % 15)), ['K40.9']), { masukAt: hhmm(7, 30 + (i % 3) * 10) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
