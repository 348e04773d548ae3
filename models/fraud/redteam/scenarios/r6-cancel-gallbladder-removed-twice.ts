// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure billed but not done". The billing office
// now writes everything an operation leaves on a claim: theatre fee, operation time, devices,
// consumables. What it cannot write away is the patient's later history: a gallbladder is
// removed once. Gallstone patients billed a laparoscopic cholecystectomy at a class C hospital
// (sent home on pain relief after their planned operation was dropped) are operated for the
// same stones six to ten weeks later at a class B hospital in the same city. The later
// operations are genuine (context); the first ones never happened.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-CANCEL-61',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Kolesistektomi laparoskopik ditagih lengkap (jasa operasi, waktu operasi, alat, BMHP) di RS kelas C, padahal operasinya batal; enam sampai sepuluh minggu kemudian pasien yang sama dioperasi untuk batu yang sama di RS kelas B sekota. Kandung empedu hanya bisa diangkat sekali.',
    en: 'Laparoscopic cholecystectomies billed in full (theatre fee, operation time, devices, consumables) at a class C hospital although the operations were dropped; six to ten weeks later the same patients are operated for the same stones at a class B hospital in the city. A gallbladder is removed once.',
  },
  build(ctx) {
    const rsC = ctx.facility({ place: PLACES6.samarinda, hospitalClass: 'C', offset: [0.02, 0.01] });
    const rsB = ctx.facility({ place: PLACES6.samarinda, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, -0.01] });
    const puskesmas = ctx.fktp(rsC.regency, 'PUSKESMAS');
    const surgeonC = ctx.doctor({ specialty: 'SP_B', at: [rsC] });
    const surgeonB = ctx.doctor({ specialty: 'SP_B', at: [rsB] });
    const patients = [
      ['P', '1972-03-08', '2026-01-06', 45],
      ['P', '1965-11-19', '2026-01-20', 60],
      ['L', '1958-06-27', '2026-02-03', 52],
      ['P', '1980-09-14', '2026-02-17', 67],
      ['L', '1969-01-31', '2026-03-03', 44],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, after], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBPU', careClass: 2 }, puskesmas, rsC, day, ['K80.2']);
      const operation = { cbg: 'B-1-10-I', dx: ['K80.2'], px: ['51.23'] } as const;
      fraud.push(
        ctx.claim({
          ...p,
          ...operation,
          facility: rsC,
          masuk: day,
          pulang: addDays(day, 3),
          dpjp: surgeonC,
          scale: bill(70 + i),
          sep: inap(p.referral),
        }),
      );
      const later = addDays(day, after);
      const again = ctx.fktpVisit({ member: p.member, fktp: puskesmas, date: later, dx: ['K80.2'], referTo: rsB });
      if (!again) throw new Error('a visit with referTo writes a referral');
      context.push(
        ctx.claim({
          member: p.member,
          ...operation,
          facility: rsB,
          masuk: later,
          pulang: addDays(later, 3),
          dpjp: surgeonB,
          scale: bill(75 + i),
          sep: inap(again),
        }),
      );
    });
    return { context, fraud };
  },
});
