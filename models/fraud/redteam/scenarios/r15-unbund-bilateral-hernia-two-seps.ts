// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days", on a
// sided operation. A new class C private hospital in Idi Rayeuk (Aceh Timur) repairs inguinal
// hernias on a planned list (K-1-13-I; sixteen one-side repairs, context), and two men with hernias
// on both sides have both repaired in one operation on one claim (laterality B, context). Four
// other men also had both sides repaired in one session; the hospital billed each as two stays: the
// left side admitted on the referral and "discharged" the next morning, the right side admitted the
// same morning on the hospital's own referral with an operation time an hour later.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const SPLIT = new Set([3, 8, 13, 18]);
const BOTH_HONEST = new Set([6, 15]);

export default defineScenario({
  id: 'RT-UNBUND-151',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Idi Rayeuk memperbaiki hernia inguinal terencana; dua pria dengan hernia kedua sisi dioperasi sekali dan ditagih satu klaim (lateralitas B). Empat pria lain juga dioperasi kedua sisi sekaligus, tetapi ditagih dua rawat inap: sisi kiri masuk dengan rujukan dan "pulang" pagi berikutnya, sisi kanan masuk pagi itu juga dengan rujukan internal dan waktu operasi sejam kemudian.',
    en: 'A new class C private hospital in Idi Rayeuk repairs inguinal hernias on a planned list; two men with hernias on both sides have both repaired in one operation on one claim (side B). Four other men also had both sides done in one session but were billed as two stays: the left admitted on the referral and “discharged” next morning, the right admitted that same morning on the hospital’s own referral with an operation an hour later.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehTimur, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 22, 6.1).forEach((day, i) => {
      const split = SPLIT.has(i);
      const member = patient(ctx, rs, day, i, { age: 35 + ((i * 9) % 40), sex: 'L' });
      const referral = referredBy(ctx, member, puskesmas, rs, addDays(day, -12 - (i % 20)), ['K40.9']);
      const dpjp = surgeons[i % 2] as string;
      if (!split) {
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'K-1-13-I',
            dx: ['K40.9'],
            px: ['53.00'],
            laterality: [BOTH_HONEST.has(i) ? 'B' : i % 3 ? 'R' : 'L'],
            dpjp,
            scale: bill(22_100 + i),
            sep: inap(referral, { masukAt: hhmm(7, 45) }),
          }),
        );
        return;
      }
      const next = addDays(day, 1);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: next,
          cbg: 'K-1-13-I',
          dx: ['K40.9'],
          px: ['53.00'],
          laterality: ['L'],
          dpjp,
          scale: bill(22_100 + i),
          sep: inap(referral, { masukAt: hhmm(7, 45), pulangAt: '08:40', operasiAt: `${next} 07:50` }),
        }),
        ctx.claim({
          member,
          facility: rs,
          masuk: next,
          pulang: addDays(day, 3),
          cbg: 'K-1-13-I',
          dx: ['K40.9'],
          px: ['53.00'],
          laterality: ['R'],
          dpjp,
          scale: bill(22_150 + i),
          sep: inap(ctx.hospitalReferral(rs, next), { masukAt: '08:50', operasiAt: `${next} 09:55` }),
        }),
      );
    });
    return { fraud, context };
  },
});
