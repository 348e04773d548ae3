// DOMAIN.md section 3, CANCELLED_SERVICE; SCHEMA.md fktp_visits (P-Care visits with their
// diagnoses). Children billed a tonsillectomy at a class C hospital (theatre fee, operation
// time, consumables, two days) keep coming to their puskesmas with acute tonsillitis (J03.9)
// three to nine weeks later, and one again to the hospital's ENT clinic with chronic
// tonsillitis: tonsils that were never taken out. The operation list was cancelled (the
// children had fever on the day) and the stays billed as if it had gone ahead.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6, clinicDay } from './r6-common.js';

export default defineScenario({
  id: 'RT-CANCEL-62',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Anak-anak ditagih tonsilektomi di RS kelas C (jasa operasi, waktu operasi, BMHP, dua hari), tetapi tiga sampai sembilan minggu kemudian tetap datang ke puskesmas dengan tonsilitis akut, satu lagi ke poli THT RS dengan tonsilitis kronis: amandelnya tidak pernah diangkat.',
    en: 'Children billed a tonsillectomy at a class C hospital (theatre fee, operation time, consumables, two days) come back to their puskesmas with acute tonsillitis three to nine weeks later, and one to the hospital’s ENT clinic with chronic tonsillitis: the tonsils were never taken out.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.cirebon, hospitalClass: 'C', offset: [0.01, -0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = ctx.doctor({ specialty: 'SP_THT', at: [rs] });
    const children = [
      ['L', '2016-04-10', '2026-01-13', [24, 51]],
      ['P', '2018-08-22', '2026-01-27', [31]],
      ['L', '2014-12-03', '2026-02-10', [22, 45]],
      ['P', '2017-02-17', '2026-02-24', [38]],
      ['L', '2015-06-29', '2026-03-10', [27, 60]],
      ['P', '2019-10-08', '2026-03-31', [33]],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    children.forEach(([sex, born, day, returns], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['J35.0']);
      fraud.push(
        ctx.claim({
          ...p,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg: 'U-1-13-I',
          dx: ['J35.0'],
          px: ['28.2'],
          dpjp: ent,
          scale: bill(80 + i),
          sep: inap(p.referral),
        }),
      );
      for (const days of returns) ctx.fktpVisit({ member: p.member, fktp: puskesmas, date: addDays(day, days), dx: ['J03.9'] });
      if (i === 2) {
        const visit = clinicDay(addDays(day, 70));
        const referral = ctx.fktpVisit({ member: p.member, fktp: puskesmas, date: visit, dx: ['J35.0'], referTo: rs });
        if (!referral) throw new Error('a visit with referTo writes a referral');
        context.push(
          ctx.claim({
            member: p.member,
            facility: rs,
            masuk: visit,
            cbg: 'U-5-13-0',
            dx: ['J35.0'],
            dpjp: ent,
            scale: bill(86),
            sep: jalan(referral, { masukAt: '09:10' }),
          }),
        );
      }
    });
    return { context, fraud };
  },
});
