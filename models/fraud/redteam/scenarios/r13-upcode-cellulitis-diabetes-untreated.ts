// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", to severity II only (under the severity-III share a peer
// comparison watches). A new class C private hospital in Deli Serdang (North Sumatra) treats leg
// cellulitis in four-day stays (sixteen, context); two of the patients are known diabetics whose
// stays honestly group to L-4-10-II with E11.6, insulin on the chronic-drug line, glucose checks on
// the laboratory line and six days (context). On three other stays the coder adds E11.6 too, for
// patients with no diabetes anywhere else in their records: no chronic drugs, no extra laboratory,
// four days, the severity-I bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const CODED_UP = new Set([2, 7, 12]);
const DIABETIC = new Set([5, 10]);

export default defineScenario({
  id: 'RT-UPCODE-132',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Deli Serdang merawat selulitis tungkai empat hari; dua pasien diabetes sungguhan dirawat enam hari dengan insulin dan cek gula (L-4-10-II). Pada tiga pasien lain yang tidak pernah diabetes, koder juga menambah E11.6 sehingga menjadi keparahan II, tanpa obat kronis, tanpa lab tambahan, empat hari dengan tagihan keparahan I.',
    en: 'A new class C private hospital in Deli Serdang treats leg cellulitis in four-day stays; two true diabetics stay six days with insulin and glucose checks (L-4-10-II). On three patients with no diabetes at all the coder adds E11.6 too, raising severity to II, with no chronic drugs, no extra laboratory, four days and the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.deliSerdang, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 16, 8).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const diabetic = DIABETIC.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 38 + ((i * 5) % 30) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, diabetic ? 6 : 4),
        cbg: up || diabetic ? 'L-4-10-II' : 'L-4-10-I',
        dx: up || diabetic ? ['L03.1', 'E11.6'] : ['L03.1'],
        px: ['99.21'],
        dpjp: i % 3 ? internist : surgeon,
        ...(up ? { billedRatio: billOf('L-4-10-I', 'L-4-10-II') } : {}),
        scale: diabetic ? times(bill(13_200 + i), { tarif_laboratorium: 1.4, tarif_kamar: 1.3 }) : bill(13_200 + i),
        ...(diabetic ? { components: { tarif_obat_kronis: 420_000 + 20_000 * i } } : {}),
        sep: igd({ masukAt: hhmm(9 + (i % 12), (13 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
