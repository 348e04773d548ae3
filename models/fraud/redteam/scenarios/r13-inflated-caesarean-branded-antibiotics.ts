// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG", on a
// few claims among many. A new class C private hospital in Kuningan (West Java) does caesareans for
// referred mothers (eighteen, O-6-10-I, three days, context). On three of them the pharmacy bills
// a branded carbapenem course where the record shows the usual single prophylactic cefazolin dose,
// and a second set of surgical consumables: the drug line near three times and the consumables
// line over twice an ordinary caesarean's, everything else ordinary (no infection coded, no
// longer stay, no culture).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const INFLATED = new Set([4, 10, 15]);

export default defineScenario({
  id: 'RT-INFLATED-131',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Kuningan melakukan seksio sesarea untuk ibu rujukan (delapan belas, tiga hari). Pada tiga di antaranya farmasi menagih antibiotik karbapenem bermerek padahal catatan hanya cefazolin profilaksis dosis tunggal, dan satu set BMHP bedah tambahan: obat hampir tiga kali dan BMHP lebih dari dua kali sesarea biasa, tanpa infeksi dan tanpa rawat lebih lama.',
    en: 'A new class C private hospital in Kuningan does caesareans for referred mothers (eighteen, three days). On three the pharmacy bills a branded carbapenem course where the record shows a single prophylactic cefazolin dose, and a second set of surgical consumables: drugs near three times and consumables over twice an ordinary caesarean’s, with no infection coded and no longer stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kuningan, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 18, 7.8).forEach((d, i) => {
      const day = clinicDay(d);
      const inflated = INFLATED.has(i);
      const dx = i % 3 === 0 ? ['O34.2'] : i % 3 === 1 ? ['O64.1'] : ['O82.0'];
      const member = patient(ctx, rs, day, i, { age: 21 + ((i * 3) % 19), sex: 'P' });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'O-6-10-I',
        dx,
        px: ['74.1'],
        dpjp: obstetricians[i % 2] as string,
        scale: inflated ? times(bill(13_900 + i), { tarif_obat: 2.8, tarif_bmhp: 2.3 }) : bill(13_900 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, dx), { masukAt: hhmm(7 + (i % 4), (11 * i) % 60) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
