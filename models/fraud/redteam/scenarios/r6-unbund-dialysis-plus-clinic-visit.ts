// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days".
// The haemodialysis package (N-3-15-0) already covers the doctor's review and the routine
// laboratory of the session (PMK 3/2023 packages a session). A class C hospital also bills,
// on every other dialysis day, an internal-medicine clinic visit of the same patient by the
// same internist under a second SEP (chronic disease, Q-5-44-0, chronic kidney disease and hypertension): the session's own
// review and blood tests billed twice over.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, clinicDay, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-UNBUND-61',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Paket hemodialisis sudah mencakup pemeriksaan dokter dan laboratorium rutin sesi itu; RS kelas C juga menagih, setiap dua sesi sekali, kunjungan poli penyakit dalam pasien yang sama oleh dokter yang sama dengan SEP kedua pada hari yang sama.',
    en: 'The haemodialysis package already covers the session’s doctor review and routine laboratory; a class C hospital also bills, every other session, an internal-medicine clinic visit of the same patient by the same internist under a second SEP on the same day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.palu, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1964-02-11', '2026-02-02'],
      ['P', '1971-08-26', '2026-02-03'],
      ['L', '1958-12-05', '2026-02-02'],
      ['P', '1967-05-17', '2026-02-03'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, first], p) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const referral = ctx.hospitalReferral(rs, first);
      for (let s = 0; s < 8; s++) {
        // twice a week: Monday and Thursday (or Tuesday and Friday), the next clinic day if closed
        const day = clinicDay(addDays(first, 7 * Math.floor(s / 2) + 3 * (s % 2)));
        const start = 7 + 2 * (p % 2);
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            sep: jalan(referral, { masukAt: hhmm(start), pulangAt: hhmm(start + 5) }),
          }),
        );
        if (s % 2 === 1)
          fraud.push(
            ctx.claim({
              member,
              facility: rs,
              masuk: day,
              cbg: 'Q-5-44-0',
              dx: ['N18.9', 'I10'],
              dpjp: internist,
              scale: bill(130 + 8 * p + s),
              sep: jalan(referral, { masukAt: hhmm(start + 5, 20), pulangAt: hhmm(start + 6, 5) }),
            }),
          );
      }
    });
    return { context, fraud };
  },
});
