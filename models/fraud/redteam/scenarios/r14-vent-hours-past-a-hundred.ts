// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h", moved a little further
// off the line. The class C government hospital of Poso (Central Sulawesi) ventilates respiratory
// failure from pneumonia and COPD in its six-bed ICU; charted hours spread from a day and a half to
// eight days (thirteen patients, context). Four patients extubated on the third or fourth ICU day
// (charted 70 to 85 hours) are billed 99 to 106 hours with the 96-hours-or-more code, the ICU days
// stretched to five to carry them: not the 97 or 98 hours a watcher of the line would expect.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

/** Charted ventilator hours per patient; the padded ones are billed the second figure. */
const HOURS: readonly (readonly [charted: number, billed?: number])[] = [
  [31],
  [58],
  [144],
  [74, 101],
  [45],
  [190],
  [66],
  [82, 104],
  [120],
  [39],
  [88],
  [71, 99],
  [160],
  [52],
  [79, 106],
  [93],
  [112],
];

export default defineScenario({
  id: 'RT-VENT-141',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RSUD kelas C di Poso memasang ventilator pada gagal napas karena pneumonia dan PPOK di ICU enam tempat tidur; jam tercatat tersebar dari satu setengah sampai delapan hari. Empat pasien yang diekstubasi hari ketiga atau keempat ICU (70-85 jam tercatat) ditagih 99 sampai 106 jam dengan kode 96 jam atau lebih, hari ICU diregangkan menjadi lima: bukan 97 atau 98 jam yang diawasi orang.',
    en: 'The class C government hospital of Poso ventilates respiratory failure from pneumonia and COPD in its six-bed ICU; charted hours spread from a day and a half to eight days. Four patients extubated on ICU day three or four (70-85 hours charted) are billed 99 to 106 hours with the 96-hours-or-more code, the ICU days stretched to five: not the 97 or 98 hours a watcher would expect.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.poso, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const anaesthetist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', HOURS.length, 8.2).forEach((day, i) => {
      const [charted, billed] = HOURS[i] ?? [48];
      const hours = billed ?? charted;
      const icuDays = billed ? 5 : Math.ceil(charted / 24) + 1;
      const copd = i % 3 === 1;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: copd ? 58 + (i % 15) : 35 + ((i * 7) % 40) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, icuDays + 3),
        cbg: 'J-4-20-II',
        dx: copd ? ['J96.0', 'J44.1'] : ['J96.0', 'J18.9'],
        px: ['96.04', hours >= 96 ? '96.72' : '96.71', '87.44'],
        icuDays,
        ventilatorHours: hours,
        dpjp: i % 2 ? pulmonologist : anaesthetist,
        scale: bill(18_900 + i),
        sep: igd({ masukAt: hhmm((3 + i * 5) % 24, (23 * i) % 60) }),
      });
      (billed ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
