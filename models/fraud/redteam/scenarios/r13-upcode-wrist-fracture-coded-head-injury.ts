// DOMAIN.md section 3, UPCODING, within the injury CMG: a new class C private hospital in Bireuen
// (Aceh) admits motorbike falls with a broken wrist (S52.5) for a night or two of splinting and
// observation (S-4-11-I, fifteen stays, context), and real head injuries with a head CT (S-4-10-I,
// context). On three of the wrist fractures the coder puts S06.0 (concussion) first, with the
// fracture and S00.9 after it, and the claim groups to S-4-10-II, the head-injury group at severity
// II: no head CT (87.03), no neurological observation, the wrist bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const CODED_UP = new Set([3, 8, 12]);
const HEAD = new Set([5, 11]);

export default defineScenario({
  id: 'RT-UPCODE-134',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Bireuen merawat patah pergelangan tangan (S52.5) akibat jatuh dari sepeda motor satu-dua malam untuk bidai dan observasi; pada tiga pasien koder menaruh S06.0 (gegar otak) sebagai diagnosis utama plus S00.9 sehingga menjadi S-4-10-II, tanpa CT kepala, tanpa observasi neurologis, dengan tagihan patah pergelangan.',
    en: 'A new class C private hospital in Bireuen admits motorbike falls with a broken wrist (S52.5) for a night or two of splinting and observation; on three the coder puts S06.0 (concussion) first with S00.9, grouping to S-4-10-II, with no head CT, no neurological observation, on the wrist-fracture bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bireuen, hospitalClass: 'C' });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-03', 15, 9).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const head = HEAD.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 16 + ((i * 7) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, head ? 3 : 1 + (i % 2)),
        cbg: up ? 'S-4-10-II' : head ? 'S-4-10-I' : 'S-4-11-I',
        dx: up ? ['S06.0', 'S52.5', 'S00.9'] : head ? ['S06.0', 'S00.9'] : ['S52.5'],
        px: head ? ['87.03'] : ['87.44'],
        dpjp: head ? surgeon : orthopaedist,
        ...(up ? { billedRatio: billOf('S-4-11-I', 'S-4-10-II') } : {}),
        scale: bill(13_400 + i),
        sep: igd({ masukAt: hhmm(16 + (i % 7), (23 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
