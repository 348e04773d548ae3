// DOMAIN.md section 3, PHANTOM_BILLING: "a claim for a service never given". Chronic patients of the
// puskesmas' Prolanis club in Jayawijaya are seen once at the clinic of a new class C private
// hospital on a referral (a genuine outpatient visit); the hospital bills the visit as a three-
// to four-day inpatient stay on paper (hypertension or diabetes "uncontrolled", an ECG
// or a blood test), admitted the day of the visit. On the second or third day of that stay the
// same card is examined at the home puskesmas for the monthly Prolanis check (P-Care sick visit,
// blood pressure or glucose): the patient was at home, not in a ward.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-102',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Peserta Prolanis di Jayawijaya diperiksa sekali di poli RS swasta kelas C baru; RS mengubah kunjungan itu menjadi rawat inap tiga-empat hari di atas kertas, padahal pada hari kedua atau ketiga kartu yang sama tercatat diperiksa di puskesmas asal untuk kontrol bulanan Prolanis.',
    en: 'Prolanis members in Jayawijaya are seen once at a new class C private hospital’s clinic; the hospital turns the visit into a three- to four-day inpatient stay on paper, while on day two or three the same card is examined at the home puskesmas for the monthly Prolanis check.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.jayawijaya, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    every('2026-01-19', 7, 15).forEach((d, i) => {
      const day = clinicDay(d);
      const diabetic = i % 2 === 1;
      const dx = diabetic ? ['E11.9'] : ['I10'];
      const member = patient(ctx, rs, day, i, { age: 48 + ((i * 5) % 22) });
      const referral = referredBy(ctx, member, puskesmas, rs, day, dx);
      const days = 3 + (i % 2);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, days),
          cbg: diabetic ? 'E-4-10-I' : 'I-4-17-I',
          dx,
          px: diabetic ? ['90.59', '99.18'] : ['89.52'],
          dpjp: internist,
          scale: bill(12_120 + i),
          sep: inap(referral, { masukAt: hhmm(10, 5 * i) }),
        }),
      );
      // the card at its home puskesmas in the middle of the stay: the monthly Prolanis check
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 1 + (i % 2)), dx });
    });
    return { fraud };
  },
});
