// DOMAIN.md section 3, INFLATED_BILL, through a special CMG: the sub-acute top-up (SA-01) pays
// for care after the acute phase, weeks of rehabilitation on a ward. A class B private hospital
// in Gianyar adds it to ordinary cerebral infarction stays of four to six days that end at home:
// no rehabilitation line beyond an acute stay's, no stay past the acute norm. The top-up is a
// third of the stay's own tariff on every one of them. Two long stroke stays at the same
// hospital with three weeks of physiotherapy carry it honestly (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-INFLATED-91',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas B di Gianyar menambahkan top-up sub-akut (SA-01) pada rawat infark serebral biasa 4-6 hari yang pulang ke rumah, tanpa rehabilitasi melebihi rawat akut. Dua rawat stroke panjang dengan tiga minggu fisioterapi memakainya dengan jujur.',
    en: 'A class B private hospital in Gianyar adds the sub-acute top-up (SA-01) to ordinary four- to six-day cerebral infarction stays that end at home, with no rehabilitation beyond an acute stay. Two long stroke stays with three weeks of physiotherapy carry it honestly.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.gianyar, hospitalClass: 'B' });
    const neurologists = [ctx.doctor({ specialty: 'SP_N', at: [rs] }), ctx.doctor({ specialty: 'SP_N', at: [rs] })];
    const stay = (day: string, i: number, los: number, rehab: number): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 55 + ((i * 4) % 25) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'G-4-14-I',
        dx: ['I63.9', 'I10'],
        px: ['87.03', '93.39'],
        specialCmg: ['SA-01'],
        dpjp: neurologists[i % 2] as string,
        scale: times(bill(9040 + i), { tarif_rehabilitasi: rehab }),
        sep: igd({ masukAt: hhmm(7 + ((i * 3) % 14), (11 * i) % 60) }),
      });
    const fraud = every('2026-01-12', 8, 16).map((day, i) => stay(day, i, 4 + (i % 3), 1));
    const context = ['2026-02-03', '2026-03-16'].map((day, i) => stay(day, 10 + i, 21 + 3 * i, 6));
    return { fraud, context };
  },
});
