// DOMAIN.md section 3, INFLATED_BILL, on the drug and consumables lines of a common group: a new
// class D private mother-and-child hospital (RSK) in Kalabahi (Alor, East Nusa Tenggara) delivers
// mothers the ordinary way, two days (O-6-13-I, twenty-one deliveries, context), some referred by
// their puskesmas, most arriving in labour at night. On four of them the pharmacy bills a branded
// heat-stable carbetocin instead of the oxytocin the partograph records, and a second delivery kit:
// the drug line two and a half times and the consumables line not quite twice an ordinary
// delivery's, with no haemorrhage coded and no longer stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const INFLATED = new Set([2, 9, 13, 19]);

export default defineScenario({
  id: 'RT-INFLATED-142',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS khusus ibu dan anak swasta kelas D baru di Kalabahi (Alor) menolong persalinan normal dua hari. Pada empat persalinan farmasi menagih karbetosin bermerek padahal partograf mencatat oksitosin, ditambah satu set partus kedua: obat dua setengah kali dan BMHP hampir dua kali persalinan biasa, tanpa perdarahan dan tanpa rawat lebih lama.',
    en: 'A new class D private mother-and-child hospital in Kalabahi (Alor) delivers mothers the ordinary way in two days. On four deliveries the pharmacy bills branded carbetocin where the partograph records oxytocin, and a second delivery kit: drugs two and a half times and consumables nearly twice an ordinary delivery’s, with no haemorrhage and no longer stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.alor, hospitalClass: 'D', type: 'RSK' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-03', 21, 6.8).forEach((d, i) => {
      const inflated = INFLATED.has(i);
      const referred = i % 3 === 0;
      const day = referred ? clinicDay(d) : d;
      const member = patient(ctx, rs, day, i, { age: 19 + ((i * 5) % 22), sex: 'P' });
      const dx = i % 4 === 1 ? ['O80.0', 'O70.0'] : ['O80.0'];
      const px = dx.length > 1 ? ['73.59', '73.6'] : ['73.59'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'O-6-13-I',
        dx,
        px,
        dpjp: obstetrician,
        scale: inflated ? times(bill(17_200 + i), { tarif_obat: 2.5, tarif_bmhp: 1.9 }) : bill(17_200 + i),
        sep: referred
          ? inap(referredBy(ctx, member, puskesmas, rs, day, ['Z34.9']), { masukAt: hhmm(8 + (i % 5), (7 * i) % 60) })
          : igd({ masukAt: hhmm((20 + 3 * i) % 24, (17 * i) % 60) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
