// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure billed but not done". A new class C private
// hospital in Magetan admits men with prostatic enlargement and urinary retention for a
// transurethral resection; for six of them the operation is called off (a urinary infection, a
// high INR, the resectoscope in repair), a catheter is left in and they go home on day four, yet
// the claim bills the resection in full: theatre fee, operation time, devices. Their puskesmas
// changes the catheter in the following weeks (P-Care visits, N40), and five to eight weeks later
// the puskesmas refers them to the class B government hospital in Kabupaten Madiun, where the
// resection is done (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-CANCEL-111',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C baru di Magetan menagih TURP lengkap (jasa operasi, waktu operasi, alat) untuk enam pria yang operasinya dibatalkan dan pulang hari keempat dengan kateter; puskesmas mengganti kateternya pada minggu-minggu berikutnya (P-Care, N40), dan lima-delapan minggu kemudian mereka dirujuk ke RS pemerintah kelas B di Kabupaten Madiun dan di sana baru dioperasi.',
    en: 'A new class C private hospital in Magetan bills transurethral prostatectomies in full (theatre fee, operation time, devices) for six men whose operation was called off and who went home on day four with a catheter; their puskesmas changes the catheter in the following weeks (P-Care, N40), and five to eight weeks later refers them to the class B government hospital in Kabupaten Madiun, where they are operated.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.magetan, hospitalClass: 'C' });
    const referral = ctx.facility({ place: PLACES11.kabMadiun, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const madiunUrologist = ctx.doctor({ specialty: 'SP_U', at: [referral] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-13', 6, 11).forEach((day, i) => {
      const man = patient(ctx, rs, day, i, { age: 61 + ((i * 3) % 15), sex: 'L' });
      const home = addDays(day, 4);
      fraud.push(
        ctx.claim({
          member: man,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'N-1-20-I',
          dx: ['N40'],
          px: ['60.29', '57.94'],
          dpjp: urologist,
          scale: bill(15_800 + i),
          sep: inap(referredBy(ctx, man, puskesmas, rs, day, ['N40']), { masukAt: hhmm(9, 10 * i) }),
        }),
      );
      // catheter changes at the puskesmas, then the referral for the operation that was never done
      ctx.fktpVisit({ member: man, fktp: puskesmas, date: clinicDay(addDays(home, 12 + (i % 3))), dx: ['N40'] });
      ctx.fktpVisit({ member: man, fktp: puskesmas, date: clinicDay(addDays(home, 26 + (i % 3))), dx: ['N40'] });
      const operated = clinicDay(addDays(day, 36 + 4 * i));
      context.push(
        ctx.claim({
          member: man,
          facility: referral,
          masuk: operated,
          pulang: addDays(operated, 4),
          cbg: 'N-1-20-I',
          dx: ['N40'],
          px: ['60.29', '57.94'],
          dpjp: madiunUrologist,
          scale: bill(15_820 + i),
          sep: inap(referredBy(ctx, man, puskesmas, referral, operated, ['N40']), { masukAt: hhmm(8, 15) }),
        }),
      );
    });
    return { fraud, context };
  },
});
