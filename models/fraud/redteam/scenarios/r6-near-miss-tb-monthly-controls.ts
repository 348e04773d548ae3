// Near miss of REPEAT_BILLING (one card, one doctor, one group, the same bill again and again).
// Drug-sensitive pulmonary tuberculosis is treated for six months with a monthly review
// (Kemenkes PNPK tuberkulosis 2020; WHO consolidated guidelines): patients the puskesmas
// referred for a specialist's diagnosis come back to the pulmonologist's clinic of a class C
// hospital once a month, with a chest X-ray at month two and at the end. Each visit is its own
// date and SEP on the monthly internal referral; the bills are alike because the care is.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES6, clinicDay, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-TB-61',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Tuberkulosis paru sensitif obat diobati enam bulan dengan kontrol bulanan: pasien kembali ke poli paru RS kelas C sebulan sekali, foto toraks pada bulan kedua dan akhir; setiap kunjungan tanggal dan SEP sendiri, tagihannya mirip karena perawatannya sama.',
    en: 'Drug-sensitive pulmonary tuberculosis is treated for six months with monthly reviews: patients return to a class C hospital’s lung clinic once a month, a chest X-ray at month two and at the end; each visit its own date and SEP, bills alike because the care is.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.magelang, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['L', '1984-06-13', '2025-12-08'],
      ['P', '1991-01-29', '2025-12-15'],
      ['L', '1969-09-05', '2025-12-22'],
      ['P', '1977-04-18', '2025-12-29'],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    patients.forEach(([sex, born, start], p) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(start, -3), dx: ['A15.0'], referTo: rs });
      for (let month = 1; month <= 5; month++) {
        const day = clinicDay(addDays(start, 28 * month + (month % 2)));
        const xray = month === 2 || month === 5;
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'J-5-15-0',
            dx: ['A15.0'],
            px: xray ? ['87.44'] : [],
            dpjp: pulmonologist,
            scale: times(bill(380 + 5 * p + month), { tarif_radiologi: xray ? 1.6 : 0.2 }),
            sep: jalan(ctx.hospitalReferral(rs, day), { masukAt: hhmm(8 + p, 20 + 5 * month) }),
          }),
        );
      }
    });
    return { nearMiss };
  },
});
