// DOMAIN.md section 3, SELF_REFERRAL: "transfer within 3 days", "1-2 day stays then referred",
// between a public and a private hospital sharing one doctor. An orthopaedist is licensed at the
// government class C hospital of Bandung Barat (West Java) and at a new private class C hospital a
// few kilometres away in which he is a partner. The government hospital fixes most forearm and
// lower-leg fractures itself (context, by its other orthopaedist); on his emergency nights four
// patients are admitted for one night with a splint (S-4-11-I) and referred the next morning "for
// want of an implant" to the private hospital, where he plates the fracture himself: the night and
// the operation both belong to the scheme.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const SENT_ON = new Set([1, 5, 8, 12]);

export default defineScenario({
  id: 'RT-SELFREF-131',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter ortopedi berpraktik di RSUD kelas C Bandung Barat dan di RS swasta kelas C baru tempat ia ikut memiliki. RSUD memasang pen sendiri pada kebanyakan patah lengan bawah dan tungkai; pada malam jaganya empat pasien dirawat satu malam dengan bidai lalu dirujuk pagi berikutnya "karena implan kosong" ke RS swasta, tempat ia sendiri memasang plat.',
    en: 'An orthopaedist practises at the government class C hospital of Bandung Barat and at a new private class C hospital he co-owns. The government hospital plates most forearm and lower-leg fractures itself; on his emergency nights four patients are admitted one night with a splint and referred next morning "for want of an implant" to the private hospital, where he plates them himself.',
  },
  build(ctx) {
    const rsud = ctx.facility({ place: PLACES13.bandungBarat, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const own = ctx.facility({ place: PLACES13.bandungBarat, hospitalClass: 'C', offset: [0.03, 0.04] });
    const partner = ctx.doctor({ specialty: 'SP_OT', at: [rsud, own] });
    const colleague = ctx.doctor({ specialty: 'SP_OT', at: [rsud] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 15, 9).forEach((day, i) => {
      const forearm = i % 2 === 0;
      const dx = forearm ? ['S52.5'] : ['S82.2'];
      const px = forearm ? ['79.32'] : ['79.36'];
      const laterality: ['R' | 'L'] = [i % 3 ? 'R' : 'L'];
      const member = patient(ctx, rsud, day, i, { age: 18 + ((i * 7) % 45) });
      const arrival = hhmm(20 + (i % 3), (13 * i) % 60);
      if (!SENT_ON.has(i)) {
        context.push(
          ctx.claim({
            member,
            facility: rsud,
            masuk: day,
            pulang: addDays(day, 4),
            cbg: 'M-1-60-I',
            dx,
            px,
            laterality,
            dpjp: colleague,
            scale: bill(14_100 + i),
            sep: igd({ masukAt: arrival }),
          }),
        );
        return;
      }
      fraud.push(
        ctx.claim({
          member,
          facility: rsud,
          masuk: day,
          pulang: addDays(day, 1),
          cbg: 'S-4-11-I',
          dx,
          px: ['87.44'],
          dpjp: partner,
          scale: bill(14_100 + i),
          sep: igd({ masukAt: arrival, pulangAt: '08:30' }),
        }),
      );
      const next = addDays(day, 1);
      fraud.push(
        ctx.claim({
          member,
          facility: own,
          masuk: next,
          pulang: addDays(next, 3),
          cbg: 'M-1-60-I',
          dx,
          px,
          laterality,
          dpjp: partner,
          scale: bill(14_150 + i),
          sep: inap(ctx.hospitalReferral(rsud, next), { masukAt: '10:15' }),
        }),
      );
    });
    return { fraud, context };
  },
});
