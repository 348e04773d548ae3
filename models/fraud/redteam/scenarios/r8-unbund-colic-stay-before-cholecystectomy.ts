// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days".
// Patients referred with gallstones for an operation are admitted first as a medical stay for
// biliary colic (K80.2 under gastroenteritis and digestive disorders, two days of analgesia and
// the pre-operative ultrasound), "discharged" in the morning and admitted again the same day
// under a new SEP for the cholecystectomy that was planned from the start. The operation's
// tariff already pays the pre-operative work-up; the first stay is the split-off part.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UNBUND-81',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Pasien batu empedu yang dirujuk untuk operasi dirawat dulu sebagai kolik bilier (K80.2, kelompok penyakit pencernaan, dua hari analgesik dan USG praoperasi), dipulangkan pagi hari lalu masuk lagi hari itu juga dengan SEP baru untuk kolesistektomi yang sudah direncanakan.',
    en: 'Gallstone patients referred for an operation are first admitted as biliary colic (K80.2 in the digestive group, two days of analgesia and the pre-operative ultrasound), discharged in the morning and admitted again the same day under a new SEP for the planned cholecystectomy.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.gunungsitoli, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const days = ['2026-01-19', '2026-02-09', '2026-03-02', '2026-03-23', '2026-04-13'] as const;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    days.forEach((day, i) => {
      const member = ctx.member({
        sex: i % 3 ? 'P' : 'L',
        birthDate: bornBefore(day, 41 + 3 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const referral = referredBy(ctx, member, puskesmas, rs, addDays(day, -6), ['K80.2']);
      const out = addDays(day, 2);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: out,
          cbg: 'K-4-17-I',
          dx: ['K80.2'],
          px: ['88.76'],
          dpjp: surgeon,
          scale: bill(10_100 + i),
          sep: inap(referral, { masukAt: '10:15', pulangAt: '08:30' }),
        }),
      );
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: out,
          pulang: addDays(out, 3),
          cbg: 'B-1-10-I',
          dx: ['K80.2'],
          px: ['51.23'],
          dpjp: surgeon,
          scale: bill(10_110 + i),
          sep: inap(referral, { masukAt: '10:40', operasiAt: `${addDays(out, 1)} 09:00` }),
        }),
      );
    });
    return { fraud, context };
  },
});
