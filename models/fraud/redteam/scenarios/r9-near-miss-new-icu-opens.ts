// Near miss of UPCODING ("a hospital shifting past a threshold"): a class C government hospital
// in Maluku Tengah opens its first four-bed ICU in March. Until then it sent its shocked and
// failing patients on by sea to Ambon (January and February: a hospital referral after an
// emergency visit, context); from March it keeps them. Its severity-III share jumps overnight,
// and each of those stays carries what makes it severe: ICU days, longer stays, blood and
// antibiotics. The ordinary severity-I stays go on as before (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const SEVERE = [
  { cbg: 'J-4-16-III', dx: ['J18.9', 'J96.0'], px: ['87.44', '93.96'] },
  { cbg: 'A-4-10-III', dx: ['A41.9', 'R57.0'], px: ['38.93', '90.59'] },
  { cbg: 'K-4-18-III', dx: ['K92.2', 'D64.9'], px: ['99.04', '45.13'] },
] as const;

export default defineScenario({
  id: 'RT-NM-ICU-91',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas C di Maluku Tengah membuka ICU empat tempat tidur pada Maret; sebelumnya pasien syok dan gagal organ dirujuk ke Ambon, sejak Maret dirawat sendiri. Proporsi keparahan III melonjak, setiap rawat didukung hari ICU, rawat lebih lama, darah dan antibiotik.',
    en: 'A class C government hospital in Maluku Tengah opens a four-bed ICU in March; until then shocked and failing patients were sent on to Ambon, from March it keeps them. Its severity-III share jumps, each stay backed by ICU days, longer stays, blood and antibiotics.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.malukuTengah, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const anaesthetist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    // ordinary stays all five months
    every('2026-01-06', 16, 9).forEach((day, i) =>
      context.push(
        ctx.claim({
          member: patient(ctx, rs, day, i, { age: 25 + ((i * 9) % 45) }),
          facility: rs,
          masuk: day,
          cbg: i % 2 ? 'J-4-16-I' : 'A-4-11-I',
          dx: [i % 2 ? 'J18.9' : 'A01.0'],
          px: ['99.21'],
          dpjp: internists[i % 2] as string,
          scale: bill(9250 + i),
          sep: igd({ masukAt: hhmm(9 + (i % 12), (7 * i) % 60) }),
        }),
      ),
    );
    // January and February: the severe ones stabilised in the emergency room and sent on
    every('2026-01-15', 4, 11).forEach((day, i) =>
      context.push(
        ctx.claim({
          member: patient(ctx, rs, day, 20 + i, { age: 50 + 5 * i }),
          facility: rs,
          masuk: day,
          cbg: 'Q-5-42-0',
          dx: [(SEVERE[i % 3] as (typeof SEVERE)[number]).dx[0]],
          dpjp: internists[i % 2] as string,
          discharge: 2,
          scale: bill(9270 + i),
          sep: igd({ masukAt: hhmm(2 + 4 * i, 15) }),
        }),
      ),
    );
    // from March: kept, in the new ICU
    every('2026-03-04', 8, 10).forEach((day, i) => {
      const s = SEVERE[i % 3] as (typeof SEVERE)[number];
      nearMiss.push(
        ctx.claim({
          member: patient(ctx, rs, day, 30 + i, { age: 45 + ((i * 7) % 30) }),
          facility: rs,
          masuk: day,
          pulang: addDays(day, 9 + (i % 5)),
          cbg: s.cbg,
          dx: [...s.dx],
          px: [...s.px],
          icuDays: 3 + (i % 3),
          dpjp: i % 3 === 0 ? anaesthetist : (internists[i % 2] as string),
          billedRatio: 1,
          scale: times(bill(9280 + i), { tarif_obat: 1.5, tarif_laboratorium: 1.4, tarif_pelayanan_darah: 2 }),
          sep: igd({ masukAt: hhmm(1 + ((i * 5) % 22), (13 * i) % 60) }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
