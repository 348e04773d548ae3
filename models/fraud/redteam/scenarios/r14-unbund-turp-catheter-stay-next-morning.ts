// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days", the
// second part under another group. A new class C private hospital in Trenggalek (East Java) does
// transurethral prostatectomies for men referred by their puskesmas: four days with the catheter
// out before discharge (N-1-20-I; fifteen operations, context). For three men the stay is closed
// on the third evening with the catheter still in, and a new SEP opens the next morning on the
// hospital's own referral letter for "catheter care": two more days coded as a urinary infection
// (N-4-11-I, N39.0 with 57.94), the same urologist, no culture and no antibiotic change.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const SPLIT = new Set([2, 7, 11]);

export default defineScenario({
  id: 'RT-UNBUND-141',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Trenggalek melakukan TURP untuk pasien rujukan puskesmas: empat hari, kateter dilepas sebelum pulang. Pada tiga pasien rawat inap ditutup malam hari ketiga dengan kateter masih terpasang, lalu SEP baru dibuka esok paginya dengan surat rujukan internal untuk "perawatan kateter": dua hari lagi dikode infeksi saluran kemih (N-4-11-I), urolog yang sama, tanpa kultur.',
    en: 'A new class C private hospital in Trenggalek does transurethral prostatectomies for referred men: four days, catheter out before discharge. For three men the stay is closed on the third evening with the catheter in, and a new SEP opens next morning on the hospital’s own referral for “catheter care”: two more days coded as a urinary infection (N-4-11-I), the same urologist, no culture.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.trenggalek, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 15, 9.3).forEach((d, i) => {
      const day = clinicDay(d);
      const split = SPLIT.has(i);
      const member = patient(ctx, rs, day, i, { age: 58 + ((i * 5) % 22), sex: 'L' });
      const referral = referredBy(ctx, member, puskesmas, rs, day, ['N40']);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, split ? 3 : 4),
          cbg: 'N-1-20-I',
          dx: ['N40'],
          px: ['60.29', '57.94'],
          dpjp: urologist,
          scale: split ? times(bill(18_300 + i), { tarif_kamar: 0.8, tarif_keperawatan: 0.8 }) : bill(18_300 + i),
          sep: inap(referral, { masukAt: hhmm(8 + (i % 4), (7 * i) % 60), ...(split ? { pulangAt: hhmm(18, 30 + (i % 3) * 5) } : {}) }),
        }),
      );
      if (!split) return;
      const next = addDays(day, 4);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: next,
          pulang: addDays(next, 2),
          cbg: 'N-4-11-I',
          dx: ['N39.0', 'N40'],
          px: ['57.94'],
          dpjp: urologist,
          scale: bill(18_350 + i),
          sep: inap(ctx.hospitalReferral(rs, next), { masukAt: hhmm(7, 40 + (i % 3) * 5) }),
        }),
      );
    });
    return { fraud, context };
  },
});
