// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice", moved off the
// same dates and the same side. A new class C private hospital in Larantuka (Flores Timur, East
// Nusa Tenggara) runs a cataract list for patients referred by their puskesmas (phaco and lens as a
// day case, H-2-36-0 with the SP-02 top-up; fourteen patients, context); five of them have the
// second eye done five to eight weeks later (context). For four patients the one operation they had
// is billed again, three weeks later, under a SEP dated the next clinic day with the other eye as
// its side: the same bill line for line, as if both eyes had been done on consecutive days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { phacoComponents } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const BILLED_AGAIN = new Set([1, 5, 8, 12]);
const SECOND_EYE = new Set([0, 3, 6, 10, 13]);

export default defineScenario({
  id: 'RT-REPEAT-141',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Larantuka menjalankan daftar operasi katarak (fako dan lensa, rawat sehari, H-2-36-0 dengan top-up SP-02) untuk pasien rujukan puskesmas; lima pasien dioperasi mata keduanya lima sampai delapan minggu kemudian. Untuk empat pasien satu-satunya operasi mereka ditagih lagi tiga minggu kemudian dengan SEP bertanggal hari poli berikutnya dan sisi mata yang lain: tagihan sama persis, seakan kedua mata dioperasi dua hari berturut-turut.',
    en: 'A new class C private hospital in Larantuka runs a cataract list (phaco and lens as a day case, H-2-36-0 with SP-02) for patients referred by their puskesmas; five have the second eye done five to eight weeks later. For four patients their one operation is billed again three weeks later under a SEP dated the next clinic day with the other eye as its side: the same bill line for line, as if both eyes were done on consecutive days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.floresTimur, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ophthalmologist = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 14, 6).forEach((d, i) => {
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 56 + ((i * 5) % 25) });
      const first: 'R' | 'L' = i % 2 ? 'L' : 'R';
      const other: 'R' | 'L' = first === 'R' ? 'L' : 'R';
      const phaco = (masuk: string, side: 'R' | 'L', referral: ReturnType<typeof referredBy>, submitted?: string): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          cbg: 'H-2-36-0',
          dx: ['H25.9'],
          px: ['13.41', '13.71'],
          laterality: [side, side],
          specialCmg: ['SP-02'],
          dpjp: ophthalmologist,
          components: phacoComponents(member.careClass, rs),
          ...(submitted ? { submitted } : {}),
          sep: jalan(referral, { masukAt: hhmm(7 + (i % 3), 10 * (i % 5)), pulangAt: hhmm(13, 10 * (i % 5)) }),
        });
      context.push(phaco(day, first, referredBy(ctx, member, puskesmas, rs, day, ['H25.9'])));
      if (SECOND_EYE.has(i)) {
        const later = clinicDay(addDays(day, 35 + 4 * (i % 6)));
        context.push(phaco(later, other, ctx.hospitalReferral(rs, later)));
      }
      if (BILLED_AGAIN.has(i)) {
        const next = clinicDay(addDays(day, 1));
        fraud.push(phaco(next, other, ctx.hospitalReferral(rs, day), addDays(day, 21)));
      }
    });
    return { fraud, context };
  },
});
