// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis
// cluster". Emergency readmissions are watched, so a class C hospital sends diabetic patients
// with leg cellulitis home on day three, books them into its own surgical clinic, and admits
// them again six to fourteen days later as planned admissions on the clinic's internal
// referral (asal_rujukan 2), same diagnoses and group: the stay that should have continued,
// billed twice. Three of the five come back a third time.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-READMIT-61',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS kelas C memulangkan pasien diabetes dengan selulitis tungkai pada hari ketiga, lalu merawatnya lagi enam sampai empat belas hari kemudian sebagai rawat inap terencana atas rujukan internal poli bedahnya, diagnosis dan kelompok sama; tiga dari lima kembali untuk ketiga kalinya.',
    en: 'A class C hospital sends diabetic patients with leg cellulitis home on day three and admits them again six to fourteen days later as planned admissions on its surgical clinic’s internal referral, same diagnoses and group; three of five come back a third time.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.jember, hospitalClass: 'C', offset: [0.01, 0.01] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1959-03-26', '2026-01-07', [9, 13]],
      ['P', '1963-09-12', '2026-01-28', [6]],
      ['L', '1955-01-04', '2026-02-16', [11, 8]],
      ['P', '1968-07-22', '2026-03-09', [14]],
      ['L', '1961-11-15', '2026-04-01', [7, 10]],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, gaps], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const cellulitis = { member, facility: rs, cbg: 'L-4-10-I', dx: ['L03.1', 'E11.5'], px: ['99.21'], dpjp: surgeon } as const;
      context.push(
        ctx.claim({ ...cellulitis, masuk: day, pulang: addDays(day, 3), scale: bill(220 + i), sep: igd({ masukAt: hhmm(18, 10 * i) }) }),
      );
      let out = addDays(day, 3);
      gaps.forEach((gap, k) => {
        const back = addDays(out, gap);
        fraud.push(
          ctx.claim({
            ...cellulitis,
            masuk: back,
            pulang: addDays(back, 3),
            scale: bill(225 + 2 * i + k),
            sep: inap(ctx.hospitalReferral(rs, addDays(out, 2)), { masukAt: '09:00' }),
          }),
        );
        out = addDays(back, 3);
      });
    });
    return { context, fraud };
  },
});
