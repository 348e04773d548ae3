import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-NM-VENTSPREAD-01',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'ICU yang jam ventilatornya menyebar wajar (38-210 jam); satu pasien kebetulan 97 jam, kode 96.71/96.72 sesuai jamnya dan hari ICU sepadan.',
    en: 'An ICU whose ventilator hours spread as they come (38-210 h); one patient happens to reach 97 h; codes 96.71/96.72 follow the hours and ICU days match.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'B', offset: [-0.02, 0.01] });
    const nearMiss: BuiltClaim[] = [];
    const patients = [
      ['L', '1957-02-02', '2026-01-09', 38],
      ['P', '1949-06-30', '2026-01-26', 97],
      ['L', '1962-09-12', '2026-02-14', 71],
      ['P', '1968-04-04', '2026-03-05', 150],
      ['L', '1954-11-27', '2026-03-27', 210],
      ['P', '1960-08-08', '2026-04-16', 64],
    ] as const;
    for (const [sex, born, masuk, hours] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.balikpapan.regency });
      const icuDays = Math.ceil(hours / 24) + 1;
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, icuDays + 4),
          cbg: hours >= 96 ? 'J-4-20-III' : 'J-4-20-II',
          dx: ['J96.0', 'J18.9'],
          px: ['96.04', hours >= 96 ? '96.72' : '96.71'],
          icuDays,
          ventilatorHours: hours,
          dpjp: 3 + (hours % 3),
        }),
      );
    }
    return { nearMiss };
  },
});
