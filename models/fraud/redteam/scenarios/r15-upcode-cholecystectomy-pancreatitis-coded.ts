// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", one step (I to II) on a surgical group. A new class C private
// hospital in Meulaboh (Aceh Barat) removes gallbladders for gallstones, referred and planned
// (B-1-10-I, open or laparoscopic; eighteen stays, context). Two patients truly had gallstone
// pancreatitis first: an abdominal CT, twice the laboratory, a week in hospital (B-1-10-II, context).
// On four other planned cholecystectomies the coder adds K85.9 as well: no CT, the severity-I
// laboratory, the usual four days or so and the severity-I bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const CODED_UP = new Set([3, 9, 14, 19]);
const PANCREATITIS = new Set([6, 16]);

export default defineScenario({
  id: 'RT-UPCODE-151',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Meulaboh mengangkat kandung empedu berbatu secara terencana (B-1-10-I). Dua pasien sungguh pankreatitis bilier: CT abdomen, laboratorium dua kali lipat, seminggu dirawat (B-1-10-II). Pada empat kolesistektomi terencana lain koder juga menambah K85.9: tanpa CT, laboratorium keparahan I, sekitar empat hari dan tagihan keparahan I.',
    en: 'A new class C private hospital in Meulaboh removes gallbladders for gallstones, planned (B-1-10-I). Two patients truly had gallstone pancreatitis: abdominal CT, twice the laboratory, a week in hospital (B-1-10-II). On four other planned cholecystectomies the coder adds K85.9 too: no CT, the severity-I laboratory, about four days and the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehBarat, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 24, 5.6).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const real = PANCREATITIS.has(i);
      const member = patient(ctx, rs, day, i, { age: 38 + ((i * 7) % 32), sex: i % 3 ? 'P' : 'L' });
      const px = i % 2 ? ['51.23'] : ['51.22'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(up ? { pulang: addDays(day, 3 + (i % 2)) } : real ? { pulang: addDays(day, 7) } : {}),
        cbg: up || real ? 'B-1-10-II' : 'B-1-10-I',
        dx: up || real ? ['K80.2', 'K85.9'] : [i % 4 === 1 ? 'K81.0' : 'K80.2'],
        px: real ? [...px, '88.01', '90.59'] : px,
        dpjp: surgeons[i % 2] as string,
        ...(up ? { billedRatio: billOf('B-1-10-I', 'B-1-10-II') } : {}),
        scale: real
          ? times(bill(21_100 + i), { tarif_laboratorium: 2, tarif_radiologi: 2.4, tarif_kamar: 1.6, tarif_keperawatan: 1.5 })
          : bill(21_100 + i),
        sep: real
          ? igd({ masukAt: hhmm(19 + (i % 4), (17 * i) % 60) })
          : inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -3 - (i % 9)), ['K80.2']), { masukAt: hhmm(8 + (i % 4), 10) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
