// DOMAIN.md section 3, PARTICIPANT_ABUSE: "chronic drug refills too early"; SCHEMA.md (an
// honest member holds one 30-day supply at a time, Permenkes 28/2014). Refills every eight to
// eleven days are caught, so these members come back every twenty to twenty-three days, to
// the same class C hospital clinic and doctor, each time collecting a full month of chronic
// drugs on the claim: seven months of medicine in five, the surplus sold on. The first fill
// of each is context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

/** A month's chronic drugs for the condition (rupiah, illustrative hospital prices). */
const MONTH_OF_DRUGS: Readonly<Record<'I10' | 'E11.9', number>> = { I10: 210_000, 'E11.9': 385_000 };

export default defineScenario({
  id: 'RT-ABUSE-71',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Peserta kembali ke poli RS kelas C yang sama setiap 20-23 hari dan setiap kali mengambil obat kronis untuk sebulan penuh: tujuh bulan obat dalam lima bulan, kelebihannya dijual.',
    en: 'Members return to the same class C hospital clinic every 20-23 days and each time collect a full month of chronic drugs: seven months of medicine in five, the surplus sold on.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.bengkulu, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const members = [
      ['L', '1961-05-03', '2026-01-05', 'I10'],
      ['P', '1957-10-19', '2026-01-07', 'E11.9'],
      ['L', '1964-02-11', '2026-01-09', 'E11.9'],
      ['P', '1955-08-28', '2026-01-12', 'I10'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    members.forEach(([sex, born, first, dx], m) => {
      const member = ctx.member({ sex, birthDate: born, segment: m % 2 ? 'PBPU' : 'PPU', careClass: 2, regency: rs.regency });
      let referral = referredBy(ctx, member, puskesmas, rs, first, [dx]);
      let day: string = first;
      for (let k = 0; k < 7; k++) {
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: dx === 'I10' ? 'I-5-16-0' : 'E-5-11-0',
          dx: [dx],
          px: dx === 'I10' ? ['89.52'] : ['90.59'],
          dpjp: internist,
          scale: bill(1030 + 7 * m + k),
          components: { tarif_obat_kronis: MONTH_OF_DRUGS[dx] + 1_000 * k },
          sep: jalan(referral, { masukAt: hhmm(8 + (k % 4), 10 * m) }),
        });
        (k === 0 ? context : fraud).push(claim);
        // the next control on the clinic's own referral, 20-23 days on
        referral = ctx.hospitalReferral(rs, day);
        day = clinicDay(addDays(day, 20 + ((m + k) % 4)));
      }
    });
    return { context, fraud };
  },
});
