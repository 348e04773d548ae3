// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity", kept
// a little off the plainest form. A new class C private hospital in Liwa (Lampung Barat) admits
// uncontrolled diabetics (E-4-10-I, norm five days; eighteen stays spread around it, context). One
// internist keeps four of his patients eight or nine days "until the sugar profile is stable": their
// glucose is already controlled by day four (the laboratory line is an ordinary stay's), the extra
// days show only in the room and nursing lines, and the claim is still paid at severity I.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const HELD = new Map([
  [3, 8],
  [8, 9],
  [14, 8],
  [19, 9],
]);

export default defineScenario({
  id: 'RT-LOS-151',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Liwa merawat diabetes tidak terkontrol (E-4-10-I, norma lima hari). Seorang internis menahan empat pasiennya delapan atau sembilan hari "sampai profil gula stabil": gula darah sudah terkendali pada hari keempat (laboratorium seperti rawat inap biasa), hari tambahan hanya tampak di baris kamar dan keperawatan.',
    en: 'A new class C private hospital in Liwa admits uncontrolled diabetics (E-4-10-I, norm five days). One internist keeps four of his patients eight or nine days “until the sugar profile is stable”: glucose is controlled by day four (an ordinary stay’s laboratory), the extra days show only in the room and nursing lines.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.lampungBarat, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 23, 5.7).forEach((day, i) => {
      const held = HELD.get(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 44 + ((i * 7) % 30) }),
        facility: rs,
        masuk: day,
        ...(held ? { pulang: addDays(day, held) } : {}),
        cbg: 'E-4-10-I',
        dx: [i % 4 === 3 ? 'E11.6' : 'E11.9'],
        px: ['99.18', '90.59'],
        dpjp: internists[held ? 0 : i % 2] as string,
        scale: held ? times(bill(22_400 + i), { tarif_kamar: held / 5, tarif_keperawatan: held / 5.5 }) : bill(22_400 + i),
        sep: igd({ masukAt: hhmm(9 + ((i * 5) % 12), (43 * i) % 60) }),
      });
      (held ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
