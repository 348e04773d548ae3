// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero". At a new
// class C government hospital in Mamuju (West Sulawesi, WITA) laparoscopic cholecystectomies are
// planned on a puskesmas referral (context: theatre, devices and a recorded operation time, four
// days). Three patients found unfit on the morning of surgery (uncontrolled sugar, a chest
// infection) are sent home on the second day to come back later; the claim still carries 51.23 and
// B-1-10-I, but no surgical fee, no devices, no operation time.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const CANCELLED = new Set([3, 7, 11]);

export default defineScenario({
  id: 'RT-CANCEL-121',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS pemerintah kelas C baru di Mamuju: kolesistektomi laparoskopik terencana rujukan puskesmas; tiga pasien yang dinyatakan tidak layak operasi pada pagi hari (gula tidak terkontrol, infeksi dada) dipulangkan hari kedua, tetapi klaim tetap memuat 51.23 dan B-1-10-I, tanpa jasa operasi, tanpa alkes, tanpa waktu operasi.',
    en: 'A new class C government hospital in Mamuju plans laparoscopic cholecystectomies on puskesmas referrals; three patients found unfit on the morning of surgery (uncontrolled sugar, a chest infection) go home on the second day, yet the claim still carries 51.23 and B-1-10-I, with no surgical fee, no devices and no operation time.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.mamuju, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 14, 8).forEach((day, i) => {
      const cancelled = CANCELLED.has(i);
      const member = patient(ctx, rs, day, i, { age: 36 + ((i * 5) % 30), sex: i % 3 ? 'P' : 'L' });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, cancelled ? 2 : 4),
        cbg: 'B-1-10-I',
        dx: cancelled && i === 7 ? ['K80.2', 'E11.9'] : ['K80.2'],
        px: ['51.23'],
        dpjp: surgeon,
        scale: cancelled ? times(bill(13_500 + i), { tarif_kamar: 0.5, tarif_keperawatan: 0.5 }) : bill(13_500 + i),
        ...(cancelled ? { components: { tarif_prosedur_bedah: 0, tarif_alkes: 0, tarif_sewa_alat: 0 } } : {}),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['K80.2']), {
          masukAt: hhmm(9, (5 * i) % 60),
          ...(cancelled ? { operasiAt: null } : {}),
        }),
      });
      (cancelled ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
