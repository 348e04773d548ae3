// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster".
// Acute pyelonephritis needs ten to fourteen days of antibiotics, the first days intravenous, then
// tablets to finish the course at home (IDSA 2010/EAU 2024). A new class C private hospital in
// Pidie (Aceh) sends women with a urinary infection home on day two after two antibiotic
// injections, with no tablets to finish the course; the fever comes back, the puskesmas sees them
// two to four days later (P-Care sick visit, N39.0) and refers them back to the hospital, which
// admits them again that day for three or four days. The return comes through primary care on a
// fresh referral, as if a new episode.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-READMIT-111',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C baru di Pidie memulangkan perempuan dengan infeksi saluran kemih pada hari kedua setelah dua suntikan antibiotik tanpa obat lanjutan; demam kembali, puskesmas memeriksa mereka dua-empat hari kemudian (P-Care, N39.0) dan merujuk kembali, dan RS merawat lagi tiga-empat hari pada hari yang sama.',
    en: 'A new class C private hospital in Pidie sends women with a urinary infection home on day two after two antibiotic injections and no tablets to finish; the fever returns, the puskesmas sees them two to four days later (P-Care, N39.0) and refers them back, and the hospital admits them again that day for three or four days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.pidie, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-10', 7, 17).forEach((day, i) => {
      const woman = patient(ctx, rs, day, i, { age: 24 + ((i * 7) % 40), sex: 'P' });
      const home = addDays(day, 2);
      context.push(
        ctx.claim({
          member: woman,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'N-4-11-I',
          dx: ['N39.0'],
          px: ['99.21'],
          dpjp: internist,
          scale: times(bill(16_100 + i), { tarif_obat: 0.6 }),
          sep: igd({ masukAt: hhmm(17 + (i % 6), 8 * i) }),
        }),
      );
      const back = addDays(home, 2 + (i % 3));
      fraud.push(
        ctx.claim({
          member: woman,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 3 + (i % 2)),
          cbg: i % 3 === 2 ? 'N-4-11-II' : 'N-4-11-I',
          dx: i % 3 === 2 ? ['N39.0', 'E86'] : ['N39.0'],
          px: ['99.21', '90.59'],
          dpjp: internist,
          scale: bill(16_120 + i),
          sep: inap(referredBy(ctx, woman, puskesmas, rs, back, ['N39.0']), { masukAt: hhmm(11, 5 * i) }),
        }),
      );
    });
    return { context, fraud };
  },
});
