// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster",
// moved off the same group: the return is coded as another respiratory group. A new class C private
// hospital in Kepahiang (Bengkulu) treats children's pneumonia (J-4-16-I; eighteen stays, context).
// One paediatrician sends four children home on the third day, before the course of antibiotics is
// done (context); each comes back through the emergency room eight to thirteen days later still
// coughing and is admitted again for three days, coded as acute bronchitis (J-4-19-I), under the same
// paediatrician: the second stays are the scheme.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const BACK_AFTER = new Map([
  [2, 8],
  [7, 11],
  [12, 13],
  [16, 9],
]);

export default defineScenario({
  id: 'RT-READMIT-151',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C baru di Kepahiang merawat pneumonia anak (J-4-16-I). Seorang dokter anak memulangkan empat anak pada hari ketiga sebelum antibiotik tuntas; masing-masing kembali lewat IGD delapan sampai tiga belas hari kemudian masih batuk dan dirawat lagi tiga hari, dikodekan bronkitis akut (J-4-19-I), oleh dokter anak yang sama: rawat inap kedua itulah skemanya.',
    en: 'A new class C private hospital in Kepahiang treats children’s pneumonia (J-4-16-I). One paediatrician sends four children home on day three, before the antibiotic course is done; each comes back through the emergency room eight to thirteen days later still coughing and is admitted again for three days, coded as acute bronchitis (J-4-19-I), under the same paediatrician: the second stays are the scheme.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.kepahiang, hospitalClass: 'C' });
    const paediatricians = [ctx.doctor({ specialty: 'SP_A', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 22, 6.1).forEach((day, i) => {
      const back = BACK_AFTER.get(i);
      const member = patient(ctx, rs, day, i, { age: 1 + (i % 9) });
      const dpjp = paediatricians[back ? 0 : i % 2] as string;
      const first = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(back ? { pulang: addDays(day, 3) } : {}),
        cbg: 'J-4-16-I',
        dx: [i % 2 ? 'J18.0' : 'J18.9'],
        px: ['87.44', '93.96', '99.21'],
        dpjp,
        scale: bill(23_000 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 5) % 13), (11 * i) % 60) }),
      });
      context.push(first);
      if (!back) return;
      const again = addDays(day, 3 + back);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: again,
          pulang: addDays(again, 3),
          cbg: 'J-4-19-I',
          dx: ['J20.9'],
          px: ['93.96'],
          dpjp,
          scale: bill(23_050 + i),
          sep: igd({ masukAt: hhmm(20, (11 * i) % 60) }),
        }),
      );
    });
    return { fraud, context };
  },
});
