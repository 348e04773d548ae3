// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero", on a small
// obstetric procedure. A new class C private hospital in Panyabungan (Mandailing Natal) treats
// miscarriages (O-6-14-I): an incomplete miscarriage is evacuated by curettage the next morning, the
// surgical fee and the theatre time on the claim (sixteen stays, context). Four women had already
// passed everything by the time the ultrasound was done and needed no curettage; the procedure stays
// coded (69.09), but the claim carries no surgical fee and no operation time, only the ward's care.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';
import { inacbgTariff } from '../context.js';

const NOT_DONE = new Set([2, 7, 12, 17]);
/** Share of the bill a curettage's theatre and operator take (the context's surgical profile puts 27% on the surgical line). */
const CURETTAGE_SHARE = 0.22;

export default defineScenario({
  id: 'RT-CANCEL-151',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C baru di Panyabungan merawat keguguran (O-6-14-I): keguguran tidak lengkap dikuret keesokan paginya, dengan jasa operasi dan waktu operasi tercatat. Empat perempuan sudah tuntas keluar semuanya saat USG dan tidak perlu kuret; prosedur 69.09 tetap dikodekan, tetapi klaim tanpa jasa bedah dan tanpa waktu operasi.',
    en: 'A new class C private hospital in Panyabungan treats miscarriages (O-6-14-I): an incomplete miscarriage is evacuated by curettage next morning, with the surgical fee and theatre time on the claim. Four women had already passed everything by the ultrasound and needed no curettage; 69.09 stays coded, but the claim has no surgical fee and no operation time.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.mandailingNatal, hospitalClass: 'C' });
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 21, 6.4).forEach((day, i) => {
      const notDone = NOT_DONE.has(i);
      const member = patient(ctx, rs, day, i, { age: 20 + ((i * 5) % 20), sex: 'P' });
      const fee = Math.round((inacbgTariff('O-6-14-I', member.careClass, rs) * 0.85 * CURETTAGE_SHARE) / 100) * 100;
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1 + (i % 3 === 0 ? 1 : 0)),
        cbg: 'O-6-14-I',
        dx: ['O03.9'],
        px: ['69.09', '88.78'],
        dpjp: obstetricians[i % 2] as string,
        scale: notDone ? times(bill(22_700 + i), { tarif_kamar: 1.1 }) : bill(22_700 + i),
        components: { tarif_prosedur_bedah: notDone ? 0 : fee },
        sep: igd({ masukAt: hhmm(13 + (i % 9), (31 * i) % 60) }),
      });
      (notDone ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
