// DOMAIN.md section 3, VENTILATOR ("ventilator hours bunched just above 96 h"), caught in its own
// record: ICD-9-CM 96.71 is continuous invasive ventilation for less than 96 consecutive hours,
// 96.72 for 96 hours or more. At a class B private hospital in Serang the ICU nurse charts the
// real ventilation, the coder picks 96.71 from it, and the claim's ventilator hours are then typed
// as 97 to 102 for the grouper. The ICU days fit either; the procedure on the same claim says the
// patient was off the ventilator before the 96th hour. Three honest ventilations at the same ICU
// (96.71 with 40-80 hours) are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-VENT-91',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Di RS swasta kelas B di Serang kode prosedur ventilasi 96.71 (kurang dari 96 jam) tetapi jam ventilator klaim diisi 97-102 jam; hari ICU cukup untuk keduanya. Tiga ventilasi jujur 40-80 jam di ICU yang sama sebagai konteks.',
    en: 'At a class B private hospital in Serang the ventilation procedure is coded 96.71 (under 96 hours) while the claim carries 97 to 102 ventilator hours; the ICU days fit either. Three honest 40-80 hour ventilations at the same ICU are context.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.serang, hospitalClass: 'B' });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const stay = (day: string, i: number, hours: number): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 45 + ((i * 7) % 30) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 9 + (i % 3)),
        cbg: 'J-4-20-III',
        dx: ['J96.0', i % 2 ? 'J18.9' : 'J44.1'],
        px: ['96.04', '96.71', '87.44'],
        icuDays: 5 + (i % 2),
        ventilatorHours: hours,
        dpjp: i % 2 ? intensivist : pulmonologist,
        scale: times(bill(9900 + i), { tarif_laboratorium: 1.3 }),
        sep: igd({ masukAt: hhmm(2 + ((i * 3) % 20), (13 * i) % 60) }),
      });
    const fraud = every('2026-01-21', 6, 20).map((day, i) => stay(day, i, 97 + ((i * 7) % 6)));
    const context = every('2026-02-02', 3, 33).map((day, i) => stay(day, 10 + i, 40 + 20 * i));
    return { fraud, context };
  },
});
