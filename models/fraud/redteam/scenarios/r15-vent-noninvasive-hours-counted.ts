// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h", moved off the hours
// alone: the code that needs 96 hours is there, the intubation is not. A new class C private
// hospital in Blangpidie (Aceh Barat Daya) ventilates respiratory failure in its six-bed ICU
// (J-4-20-II; intubated patients coded 96.04 with 96.71 under 96 hours or 96.72 well past it, and
// patients on oxygen alone; sixteen stays, context). Four patients were never intubated: they were
// on a high-flow mask or CPAP for four days, and the ICU counted those hours as invasive ventilation,
// 97 to 104 of them, coded 96.72, with no 96.04.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const COUNTED = new Map([
  [3, 97],
  [7, 101],
  [12, 99],
  [17, 104],
]);
/** Honest care: ventilated hours (0: oxygen only) and ICU days. */
const HONEST = [
  { hours: 0, icu: 2 },
  { hours: 46, icu: 3 },
  { hours: 138, icu: 7 },
  { hours: 0, icu: 0 },
  { hours: 71, icu: 4 },
  { hours: 181, icu: 9 },
  { hours: 0, icu: 3 },
  { hours: 118, icu: 6 },
];

export default defineScenario({
  id: 'RT-VENT-151',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RS swasta kelas C baru di Blangpidie memakai ventilator untuk gagal napas di ICU enam tempat tidurnya (J-4-20-II; pasien diintubasi dikodekan 96.04 dengan 96.71 atau 96.72). Empat pasien tidak pernah diintubasi: mereka memakai masker aliran tinggi atau CPAP empat hari, dan ICU menghitung jam itu sebagai ventilasi invasif, 97 sampai 104 jam, dikodekan 96.72 tanpa 96.04.',
    en: 'A new class C private hospital in Blangpidie ventilates respiratory failure in its six-bed ICU (J-4-20-II; intubated patients coded 96.04 with 96.71 or 96.72). Four patients were never intubated: on a high-flow mask or CPAP for four days, and the ICU counted those hours as invasive ventilation, 97 to 104 of them, coded 96.72 with no 96.04.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehBaratDaya, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_P', at: [rs] }), ctx.doctor({ specialty: 'SP_AN', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-05', 20, 6.4).forEach((day, i) => {
      const counted = COUNTED.get(i);
      const honest = HONEST[i % HONEST.length]!;
      const hours = counted ?? honest.hours;
      const icu = counted ? 5 : honest.icu;
      const px = counted ? ['96.72', '93.96'] : hours === 0 ? ['93.96'] : ['96.04', hours >= 96 ? '96.72' : '96.71'];
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 40 + ((i * 7) % 35) }),
        facility: rs,
        masuk: day,
        cbg: 'J-4-20-II',
        dx: ['J96.0', i % 2 ? 'J18.9' : 'J44.1'],
        px,
        ...(icu ? { icuDays: icu } : {}),
        ...(hours ? { ventilatorHours: hours } : {}),
        dpjp: doctors[i % 2] as string,
        scale: bill(22_900 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 5) % 12), (37 * i) % 60) }),
      });
      (counted ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
