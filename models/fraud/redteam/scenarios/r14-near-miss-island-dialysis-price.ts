// Near miss for INFLATED_BILL: the only dialysis unit of the Sangihe islands (North Sulawesi), at a
// new class C government hospital in Tahuna, bills every session at the full INA-CBG tariff and
// above the mainland's usual bill, because dialysers, lines and concentrate come by ship from
// Manado with their freight on the consumables line and it cannot reuse dialysers without a
// reprocessing machine. Every session of every patient is priced the same way (three patients,
// twice a week, all near misses): a dear unit, not an inflated claim among ordinary ones.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { tuesdaysAndFridays } from './r11-common.js';
import { PLACES14 } from './r14-common.js';

/** Session bill as a multiple of the INA-CBG tariff (the context's outpatient default is 0.6): the unit's real cost, shipped consumables. */
const SESSION_RATIO = 1.0;

export default defineScenario({
  id: 'RT-NM-DIALYSIS-141',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Satu-satunya unit hemodialisis Kepulauan Sangihe, di RSUD kelas C baru di Tahuna, menagih setiap sesi penuh sebesar tarif INA-CBG dan di atas tagihan biasa di daratan, karena dialiser, selang dan konsentrat datang dengan kapal dari Manado dengan ongkos angkut di komponen BMHP, dan tanpa mesin reprosesing dialiser tidak dapat dipakai ulang. Setiap sesi setiap pasien dihargai sama: unit yang mahal, bukan klaim yang digelembungkan.',
    en: 'The only dialysis unit of the Sangihe islands, at a new class C government hospital in Tahuna, bills every session at the full INA-CBG tariff and above the mainland’s usual bill, because dialysers, lines and concentrate come by ship from Manado with their freight on the consumables line, and with no reprocessing machine dialysers cannot be reused. Every session of every patient is priced alike: a dear unit, not an inflated claim.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.kepulauanSangihe, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    ['2026-02-02', '2026-02-09', '2026-02-16'].forEach((monday, p) => {
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(monday, 44 + 9 * p, p),
        segment: p === 1 ? 'PBPU' : 'PBI',
        careClass: p === 1 ? 2 : 3,
        regency: rs.regency,
      });
      const days = tuesdaysAndFridays(monday, 16).map(clinicDay);
      const control = ctx.hospitalReferral(rs, days[0] as string);
      days.forEach((day, s) => {
        if (s > 0 && day === days[s - 1]) return;
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            billedRatio: SESSION_RATIO,
            scale: { tarif_bmhp: 1.35 + 0.02 * (s % 3), tarif_obat: 0.95 + 0.05 * ((s + p) % 3) },
            sep: jalan(s === 0 ? referredBy(ctx, member, puskesmas, rs, day, ['N18.5']) : control, {
              masukAt: hhmm(7 + 5 * (p % 2), 30),
              pulangAt: hhmm(12 + 5 * (p % 2), 15),
            }),
          }),
        );
      });
    });
    return { nearMiss };
  },
});
