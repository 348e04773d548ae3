// DOMAIN.md section 3, PHANTOM_BILLING: "one card at two distant facilities on the same day";
// SCHEMA.md fktp_visits (P-Care visits of the member's own puskesmas). Construction workers
// from Kendari were admitted once, genuinely, to a class B hospital in Mataram while working
// there (about 1,000 km away). Back home, their cards keep being billed at Mataram for monthly
// cardiology controls on the hospital's own (internal) referral, on days their home puskesmas
// in Kendari records them at a sick visit for their hypertension. The second place is primary
// care, not another hospital claim.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, clinicDay, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-61',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pekerja bangunan asal Kendari pernah dirawat sungguhan di RS kelas B di Mataram (±1.000 km); setelah pulang kampung, kartunya tetap ditagih kontrol poli jantung bulanan di Mataram atas rujukan internal, pada hari puskesmas di Kendari mencatat kunjungan sakit mereka.',
    en: 'Construction workers from Kendari were once genuinely admitted at a class B hospital in Mataram (about 1,000 km); back home, their cards keep being billed for monthly cardiology controls in Mataram on internal referral, on days their Kendari puskesmas records their sick visit.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.mataram, hospitalClass: 'B', offset: [0.01, 0.01] });
    const home = ctx.fktp(PLACES6.kendari.regency, 'PUSKESMAS');
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const workers = [
      ['L', '1978-04-19', '2026-01-05'],
      ['L', '1982-10-07', '2026-01-12'],
      ['L', '1975-01-28', '2026-01-19'],
      ['L', '1986-07-15', '2026-01-26'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    workers.forEach(([sex, born, day], w) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: home.regency });
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 3),
          cbg: 'I-4-17-I',
          dx: ['I10'],
          px: ['89.52'],
          dpjp: cardiologist,
          scale: bill(110 + w),
          sep: igd({ masukAt: hhmm(20, 5 * w) }),
        }),
      );
      for (const month of [1, 2, 3]) {
        const visit = clinicDay(addDays(day, 30 * month + 14));
        ctx.fktpVisit({ member, fktp: home, date: visit, dx: ['I10'] });
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: visit,
            cbg: 'I-5-16-0',
            dx: ['I10'],
            px: ['89.52'],
            dpjp: cardiologist,
            scale: bill(115 + 3 * w + month),
            sep: jalan(ctx.hospitalReferral(rs, visit), { masukAt: hhmm(9 + month, 15) }),
          }),
        );
      }
    });
    return { context, fraud };
  },
});
