// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG". At a new
// class C private hospital in Kabupaten Cirebon (West Java) two surgeons take out appendices, open
// (47.09) or laparoscopic (47.01), the devices and consumables lines following the technique
// (context). On four open operations of one surgeon, spread over three months, the devices and
// consumables lines carry a laparoscopic set (trocars, clip applier, retrieval bag): four times the
// open operation's devices and three times its consumables, the procedure still 47.09.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const INFLATED = new Set([3, 8, 12, 17]);

export default defineScenario({
  id: 'RT-INFLATED-121',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Di RS swasta kelas C baru di Kabupaten Cirebon, empat apendektomi terbuka (47.09) satu dokter bedah dalam tiga bulan ditagih dengan alat kesehatan dan BMHP satu set laparoskopi (trokar, klip, kantong): alkes empat kali dan BMHP tiga kali apendektomi terbuka, tindakan tetap 47.09.',
    en: 'At a new class C private hospital in Kabupaten Cirebon, four open appendectomies (47.09) of one surgeon over three months carry the devices and consumables of a laparoscopic set (trocars, clips, retrieval bag): four times the devices and three times the consumables of an open operation, the procedure still 47.09.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabCirebon, hospitalClass: 'C' });
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-03', 20, 6).forEach((day, i) => {
      const inflated = INFLATED.has(i);
      const laparoscopic = !inflated && i % 3 === 2;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 12 + ((i * 7) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 2)),
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: [laparoscopic ? '47.01' : '47.09'],
        dpjp: surgeons[inflated ? 0 : i % 2] as string,
        scale: times(
          bill(12_700 + i),
          inflated ? { tarif_alkes: 4, tarif_bmhp: 3 } : laparoscopic ? { tarif_alkes: 3.6, tarif_bmhp: 2.4 } : {},
        ),
        sep: igd({ masukAt: hhmm(10 + (i % 12), (19 * i) % 60), operasiAt: `${day} ${hhmm(Math.min(23, 13 + (i % 12)), 30)}` }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
