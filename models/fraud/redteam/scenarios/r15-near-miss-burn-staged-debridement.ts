// Near miss for READMISSION: a planned second operation on the same wound, within thirty days. A new
// class C government hospital in Krui (Pesisir Barat, Lampung) debrides wounds and burns (S-1-10-I;
// fourteen stays, context). Five fishermen's and cooks' deep burns (T29.3) are debrided on admission
// and sent home with dressings, then brought back ten to sixteen days later on the surgeon's own
// clinic letter for the second, planned debridement once the wound bed is ready: the second stays are
// booked, morning arrivals on a hospital referral, each with its own operation.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const STAGED = new Map([
  [1, 12],
  [5, 10],
  [9, 16],
  [13, 14],
  [16, 11],
]);
const WOUNDS = ['S61.0', 'T14.1', 'T23.2', 'S68.1'];

export default defineScenario({
  id: 'RT-NM-READMIT-151',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'RS pemerintah kelas C baru di Krui membersihkan luka dan luka bakar (S-1-10-I). Lima luka bakar dalam (T29.3) nelayan dan juru masak didebridemen saat masuk dan dipulangkan dengan perawatan luka, lalu kembali sepuluh sampai enam belas hari kemudian dengan surat poli bedahnya sendiri untuk debridemen kedua yang terencana: rawat inap kedua terjadwal, datang pagi, dengan operasinya sendiri.',
    en: 'A new class C government hospital in Krui debrides wounds and burns (S-1-10-I). Five fishermen’s and cooks’ deep burns (T29.3) are debrided on admission and sent home with dressings, then come back ten to sixteen days later on the surgeon’s own clinic letter for the planned second debridement: booked second stays, morning arrivals, each with its own operation.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.pesisirBarat, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-08', 19, 6.0, '2026-04-30').forEach((day, i) => {
      const after = STAGED.get(i);
      const member = patient(ctx, rs, day, i, { age: 20 + ((i * 7) % 40) });
      const first = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'S-1-10-I',
        dx: after ? ['T29.3'] : [WOUNDS[i % WOUNDS.length] as string],
        px: i % 6 === 3 && !after ? ['84.01'] : ['86.22'],
        ...(i % 6 === 3 && !after ? { laterality: ['R' as const] } : {}),
        dpjp: surgeon,
        scale: after ? times(bill(23_500 + i), { tarif_bmhp: 1.6, tarif_obat: 1.3 }) : bill(23_500 + i),
        sep: igd({ masukAt: hhmm(10 + ((i * 5) % 11), (19 * i) % 60) }),
      });
      context.push(first);
      if (!after) return;
      const firstOut = first.row['tgl_pulang'] as string;
      const back = addDays(firstOut, after);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          cbg: 'S-1-10-I',
          dx: ['T29.3'],
          px: ['86.22'],
          dpjp: surgeon,
          scale: times(bill(23_550 + i), { tarif_bmhp: 1.4 }),
          sep: inap(ctx.hospitalReferral(rs, addDays(back, -4)), { masukAt: hhmm(7, 30) }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
