// DOMAIN.md section 3, SELF_REFERRAL: "transfer within 3 days", "1-2 day stays then referred",
// "referral loops between facilities sharing doctors", on medical care rather than an operation. One
// owner runs a class D hospital in Muara Bulian (Batanghari, Jambi) and a class C hospital five
// kilometres away; two internists hold licences at both. The class D hospital treats dengue itself
// in four days or so (A-4-13-I; sixteen stays, context). Five patients arriving on those internists'
// evenings are kept one night, then "referred for platelet monitoring" (discharge status 2) to the
// class C hospital, where the same internist treats the same dengue for another four days on the
// first hospital's referral letter: both claims of each patient belong to the scheme.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const SENT_ON = new Set([2, 6, 11, 15, 19]);

export default defineScenario({
  id: 'RT-SELFREF-151',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Satu pemilik menjalankan RS kelas D di Muara Bulian dan RS kelas C lima kilometer darinya; dua internis berizin di keduanya. RS kelas D merawat sendiri demam berdarah sekitar empat hari. Lima pasien yang datang pada malam jaga internis itu dirawat satu malam, lalu "dirujuk untuk pemantauan trombosit" ke RS kelas C, tempat internis yang sama merawat dengue yang sama empat hari lagi dengan surat rujukan RS pertama.',
    en: 'One owner runs a class D hospital in Muara Bulian and a class C hospital five kilometres away; two internists hold licences at both. The class D hospital treats dengue itself in about four days. Five patients arriving on those internists’ evenings are kept one night, then “referred for platelet monitoring” to the class C hospital, where the same internist treats the same dengue four more days on the first hospital’s letter.',
  },
  build(ctx) {
    const small = ctx.facility({ place: PLACES15.batanghari, hospitalClass: 'D' });
    const sister = ctx.facility({ place: PLACES15.batanghari, hospitalClass: 'C', offset: [0.03, 0.03] });
    const shared = [ctx.doctor({ specialty: 'SP_PD', at: [small, sister] }), ctx.doctor({ specialty: 'SP_PD', at: [small, sister] })];
    const own = ctx.doctor({ specialty: 'UMUM', at: [small] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-10', 21, 6.3).forEach((day, i) => {
      const member = patient(ctx, small, day, i, { age: 9 + ((i * 7) % 45) });
      const dpjp = SENT_ON.has(i) ? (shared[i % 2] as string) : i % 3 ? own : (shared[i % 2] as string);
      const dx = [i % 4 === 1 ? 'A91' : 'A90'];
      if (!SENT_ON.has(i)) {
        context.push(
          ctx.claim({
            member,
            facility: small,
            masuk: day,
            cbg: 'A-4-13-I',
            dx,
            px: ['90.59'],
            dpjp,
            scale: bill(22_200 + i),
            sep: igd({ masukAt: hhmm(9 + ((i * 5) % 12), (19 * i) % 60) }),
          }),
        );
        return;
      }
      const next = addDays(day, 1);
      fraud.push(
        ctx.claim({
          member,
          facility: small,
          masuk: day,
          pulang: next,
          cbg: 'A-4-13-I',
          dx,
          px: ['90.59'],
          discharge: 2,
          dpjp,
          scale: bill(22_200 + i),
          sep: igd({ masukAt: hhmm(19 + (i % 3), (19 * i) % 60), pulangAt: '09:30' }),
        }),
        ctx.claim({
          member,
          facility: sister,
          masuk: next,
          pulang: addDays(next, 4),
          cbg: 'A-4-13-I',
          dx,
          px: ['90.59'],
          dpjp,
          scale: bill(22_250 + i),
          sep: inap(ctx.hospitalReferral(small, next), { masukAt: '11:15' }),
        }),
      );
    });
    return { fraud, context };
  },
});
