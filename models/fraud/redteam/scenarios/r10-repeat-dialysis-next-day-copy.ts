// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice", with the date
// moved by one day. A new class C private hospital in Sumenep dialyses its patients twice a week
// on the evening shift. Some sessions are billed twice: once under the session's SEP and again
// under an SEP dated the next day, with the same times, the same flat package to the rupiah and
// the same internist, submitted in a later month's batch so that the two never sit in one
// verification. The patient came that week twice, not three times.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-REPEAT-101',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Sumenep menagih sebagian sesi hemodialisis shift sore dua kali: dengan SEP sesi itu dan lagi dengan SEP bertanggal sehari kemudian, jam, paket dan dokter sama, diajukan pada batch bulan berikutnya; pasien datang dua kali seminggu, bukan tiga.',
    en: 'A new class C private hospital in Sumenep bills some evening haemodialysis sessions twice: under the session’s SEP and again under an SEP dated the next day, same times, package and doctor, submitted in a later month’s batch; the patient came twice a week, not three times.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.sumenep, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    for (let p = 0; p < 4; p++) {
      // Monday and Thursday, or Tuesday and Friday
      const first = addDays('2026-01-05', p % 2);
      const member = ctx.member({
        sex: p % 2 ? 'L' : 'P',
        birthDate: bornBefore(first, 41 + 7 * p, p),
        segment: p % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const referral = ctx.hospitalReferral(rs, first);
      for (let s = 0; s < 16; s++) {
        const day = clinicDay(addDays(first, 7 * Math.floor(s / 2) + 3 * (s % 2)));
        const session = { masukAt: hhmm(17, 30 + 5 * p), pulangAt: hhmm(22, 15 + 5 * p) };
        const submitted = addDays(day, 10);
        const hd = (date: string, submittedOn: string) =>
          ctx.claim({
            member,
            facility: rs,
            masuk: date,
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            submitted: submittedOn,
            sep: jalan(referral, session),
          });
        context.push(hd(day, submitted));
        // every fourth session, copied to the next day and sent with next month's batch
        if (s % 4 === 2) fraud.push(hd(addDays(day, 1), addDays(day, 38)));
      }
    }
    return { context, fraud };
  },
});
