// DOMAIN.md section 3, INFLATED_BILL, beside a top-up that is in order: a knee prosthesis really
// fitted (81.54, RR-02) and the consumables billed twice. A new class B private hospital in Tanjung
// Pandan (Belitung) replaces knees for osteoarthritis, referred from the island's puskesmas (M-1-31-I
// with the implant top-up; sixteen stays, context). On four stays the consumables line carries a
// second set of bone cement, drapes and a pulse-lavage kit (about two and a half times the usual),
// and the devices line half as much again: the top-up, the procedure and the stay are all in order.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const DOUBLE_KIT = new Set([3, 8, 12, 17]);

export default defineScenario({
  id: 'RT-INFLATED-152',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas B baru di Tanjung Pandan mengganti sendi lutut karena osteoartritis (M-1-31-I dengan top-up implan). Pada empat rawat inap baris BMHP memuat set kedua semen tulang, duk dan kit pulse-lavage (sekitar dua setengah kali biasa) dan baris alkes setengah lagi: top-up, prosedur dan lama rawat semuanya benar.',
    en: 'A new class B private hospital in Tanjung Pandan replaces knees for osteoarthritis (M-1-31-I with the implant top-up). On four stays the consumables line carries a second set of bone cement, drapes and a pulse-lavage kit (about two and a half times the usual) and devices half as much again: top-up, procedure and stay all in order.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.belitung, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const orthopaedists = [ctx.doctor({ specialty: 'SP_OT', at: [rs] }), ctx.doctor({ specialty: 'SP_OT', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-12', 20, 6.6).forEach((day, i) => {
      const inflated = DOUBLE_KIT.has(i);
      const member = patient(ctx, rs, day, i, { age: 56 + ((i * 3) % 20), sex: i % 3 ? 'P' : 'L', careClass: 2 });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'M-1-31-I',
        dx: ['M17.9'],
        px: ['81.54'],
        laterality: [i % 2 ? 'L' : 'R'],
        specialCmg: ['RR-02'],
        dpjp: orthopaedists[i % 2] as string,
        scale: inflated ? times(bill(21_900 + i), { tarif_bmhp: 2.5, tarif_alkes: 1.5 }) : bill(21_900 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -14 - (i % 30)), ['M17.9']), { masukAt: hhmm(8, 15) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
