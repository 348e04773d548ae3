// DOMAIN.md section 3, SELF_REFERRAL: "1-2 day stays then referred", between facilities sharing a
// doctor. A surgeon holds licences at a new class D private hospital in Siak (Riau) and at a new
// class B private hospital in the same regency where he operates. Patients with gallstones whom he
// sees at the class D hospital's clinic are admitted there for a night or two of "pain control"
// (a cheap medical stay, discharged as referred) and sent the next day on its hospital letter to
// the class B hospital, where he removes the gallbladder (context). Five such stays, among the
// class D hospital's honest gastroenteritis admissions (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-SELFREF-121',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter bedah dengan SIP di RS swasta kelas D baru dan RS swasta kelas B baru di Siak: pasien batu empedu dari poli RS kelas D dirawat semalam-dua malam "untuk kontrol nyeri" lalu dirujuk keesokan harinya ke RS kelas B tempat ia sendiri melakukan kolesistektomi; lima rawat inap singkat seperti itu.',
    en: 'A surgeon licensed at a new class D and a new class B private hospital in Siak: gallstone patients from the class D clinic are admitted for a night or two "for pain control", then referred the next day to the class B hospital where he removes the gallbladder himself; five such short stays.',
  },
  build(ctx) {
    const rsD = ctx.facility({ place: PLACES12.siak, hospitalClass: 'D' });
    const rsB = ctx.facility({ place: PLACES12.siak, hospitalClass: 'B', offset: [-0.05, 0.06] });
    const puskesmas = ctx.fktp(rsD.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rsD, rsB] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rsD] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 15, 8).forEach((day, i) => {
      if (i % 3 !== 0) {
        const m = patient(ctx, rsD, day, i, { age: 20 + ((i * 7) % 50) });
        context.push(
          ctx.claim({
            member: m,
            facility: rsD,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'K-4-17-I',
            dx: ['A09', 'E86'],
            px: ['99.18'],
            dpjp: internist,
            scale: bill(13_000 + i),
            sep: igd({ masukAt: hhmm(18, (3 * i) % 60) }),
          }),
        );
        return;
      }
      const member = patient(ctx, rsD, day, i, { age: 38 + ((i * 5) % 25), sex: 'P' });
      const nights = 1 + (i % 2);
      const referred = addDays(day, nights);
      fraud.push(
        ctx.claim({
          member,
          facility: rsD,
          masuk: day,
          pulang: referred,
          cbg: 'K-4-17-I',
          dx: ['K80.2'],
          px: ['88.76'],
          dpjp: surgeon,
          discharge: 2,
          scale: bill(13_050 + i),
          sep: inap(referredBy(ctx, member, puskesmas, rsD, day, ['K80.2']), { masukAt: hhmm(10, (4 * i) % 60), pulangAt: hhmm(8, 30) }),
        }),
      );
      context.push(
        ctx.claim({
          member,
          facility: rsB,
          masuk: referred,
          pulang: addDays(referred, 3),
          cbg: 'B-1-10-I',
          dx: ['K80.2'],
          px: ['51.23'],
          dpjp: surgeon,
          scale: bill(13_080 + i),
          sep: inap(ctx.hospitalReferral(rsD, referred), { masukAt: hhmm(10, 15) }),
        }),
      );
    });
    return { fraud, context };
  },
});
