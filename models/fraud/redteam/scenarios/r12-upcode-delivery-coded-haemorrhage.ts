// DOMAIN.md section 3, UPCODING, in obstetrics: a postpartum haemorrhage coded on a normal
// delivery with nothing of a haemorrhage on the bill. A new class C private hospital in Dompu
// (West Nusa Tenggara, WITA) delivers women referred by the puskesmas midwives (fourteen vaginal
// deliveries, context, two honestly severity II). On three the record adds O72.1 and the delivery
// goes to O-6-13-III, yet the women went home on the second day like the rest: no transfusion, no
// blood line, no uterotonic infusion beyond the ordinary, the ordinary delivery bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const RAISED = new Set([3, 8, 13]);

export default defineScenario({
  id: 'RT-UPCODE-122',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Dompu menolong persalinan normal rujukan bidan puskesmas; pada tiga persalinan rekam medis ditambah O72.1 (perdarahan pascasalin) sehingga menjadi O-6-13-III, padahal ibu pulang hari kedua seperti yang lain: tanpa transfusi, tanpa komponen darah, tagihan persalinan biasa.',
    en: 'A new class C private hospital in Dompu delivers women referred by puskesmas midwives; on three deliveries the record adds O72.1 (postpartum haemorrhage) and the group becomes O-6-13-III, yet the mothers went home on the second day like the others: no transfusion, no blood line, an ordinary delivery bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.dompu, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 17, 7).forEach((day, i) => {
      const raised = RAISED.has(i);
      const member = patient(ctx, rs, day, i, { age: 19 + ((i * 3) % 18), sex: 'P' });
      const honestCbg = i % 7 === 5 ? 'O-6-13-II' : 'O-6-13-I';
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: raised ? 'O-6-13-III' : honestCbg,
        dx: raised ? ['O80.0', 'O72.1'] : honestCbg.endsWith('II') ? ['O70.0', 'O62.2'] : ['O80.0'],
        px: i % 3 ? ['73.59'] : ['73.59', '73.6'],
        dpjp: obstetrician,
        ...(raised ? { billedRatio: billOf('O-6-13-I', 'O-6-13-III') } : {}),
        scale: bill(12_300 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['O80.0']), { masukAt: hhmm(7 + (i % 8), (11 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
