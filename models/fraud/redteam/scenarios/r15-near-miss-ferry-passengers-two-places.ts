// Near miss for PHANTOM_BILLING: one card at two facilities a strait apart on the same day, and it
// is true. A new class C private hospital in Muntok (Bangka Barat) sits at the ferry port from
// Palembang's side of the strait. Its emergency room sees local people in the evening (sixteen
// visits, context) and, on five evenings, traders and labourers from Banyuasin who had seen their own
// puskesmas that morning for a fever or a cut, took the three-hour ferry across for work and came to
// the emergency room after landing when it got worse (S-5-12-0, Q-5-42-0).
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const CROSSED = new Set([1, 5, 10, 14, 18]);
/** Banyuasin (South Sumatra), across the strait: BPS regency code as round 9 recorded it. */
const BANYUASIN = '1607';

export default defineScenario({
  id: 'RT-NM-PHANTOM-151',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Muntok berada di pelabuhan feri dari sisi Palembang. IGD-nya melayani warga setempat pada malam hari dan, pada lima malam, pedagang dan buruh dari Banyuasin yang pagi itu berobat ke puskesmasnya karena demam atau luka, menyeberang tiga jam dengan feri untuk bekerja, dan datang ke IGD setelah mendarat karena memburuk.',
    en: 'A new class C private hospital in Muntok sits at the ferry port from Palembang’s side of the strait. Its emergency room sees local people in the evening and, on five evenings, traders and labourers from Banyuasin who saw their own puskesmas that morning for a fever or a cut, took the three-hour ferry across for work, and came in after landing when it got worse.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.bangkaBarat, hospitalClass: 'C' });
    const home = ctx.fktp(BANYUASIN, 'PUSKESMAS');
    const gps = [ctx.doctor({ specialty: 'UMUM', at: [rs] }), ctx.doctor({ specialty: 'UMUM', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 21, 6.5).forEach((day, i) => {
      const crossed = CROSSED.has(i);
      const injury = i % 2 === 0;
      const dx = injury ? [i % 4 === 0 ? 'S61.0' : 'T14.0'] : [i % 3 ? 'R50.9' : 'J06.9'];
      const member = crossed
        ? ctx.member({
            sex: i % 3 ? 'L' : 'P',
            birthDate: bornBefore(day, 24 + ((i * 5) % 30), i),
            segment: 'PBPU',
            careClass: 3,
            regency: BANYUASIN,
          })
        : patient(ctx, rs, day, i, { age: 8 + ((i * 7) % 55) });
      if (crossed) ctx.fktpVisit({ member, fktp: home, date: day, dx });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: injury ? 'S-5-12-0' : 'Q-5-42-0',
        dx,
        px: injury ? ['86.59'] : [],
        dpjp: gps[i % 2] as string,
        scale: bill(23_600 + i),
        sep: igd({ masukAt: hhmm(crossed ? 19 + (i % 3) : 8 + ((i * 5) % 12), (17 * i) % 60) }),
      });
      (crossed ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
