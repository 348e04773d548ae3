// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h", hidden in an honest
// spread. The ICU of a new class B private hospital in Konawe (Southeast Sulawesi, WITA) ventilates
// respiratory failure for as long as it takes (26 to 190 hours, coded 96.71 or 96.72 as the hours
// say, context); five patients extubated on the fourth day, who would have been 78-92 hours, are
// recorded at 97 hours exactly, one hour past the line of 96.72, with five ICU days and stays that
// leave room for it. The bunching is at one value just past the threshold.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

/** Honest hours of the unit's other ventilations. */
const HONEST_HOURS = [26, 41, 58, 73, 88, 120, 151, 190, 64, 110] as const;

export default defineScenario({
  id: 'RT-VENT-111',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'ICU RS swasta kelas B baru di Konawe memberi ventilasi gagal napas selama yang dibutuhkan (26-190 jam, kode sesuai jam); lima pasien yang diekstubasi hari keempat (seharusnya 78-92 jam) dicatat tepat 97 jam, satu jam di atas batas 96.72, dengan lima hari ICU dan lama rawat yang memungkinkannya.',
    en: 'The ICU of a new class B private hospital in Konawe ventilates respiratory failure for as long as needed (26-190 hours, coded as the hours say); five patients extubated on the fourth day (78-92 hours) are recorded at exactly 97 hours, one past the 96.72 line, with five ICU days and stays that leave room for it.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.konawe, hospitalClass: 'B' });
    const intensivists = [ctx.doctor({ specialty: 'SP_AN', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 15, 9).forEach((day, i) => {
      const bunched = [2, 5, 8, 11, 13].includes(i);
      const hours = bunched ? 97 : (HONEST_HOURS[i % HONEST_HOURS.length] as number);
      const icu = bunched ? 5 : Math.max(2, Math.ceil(hours / 24) + 1);
      const days = icu + 3 + (i % 3);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 44 + ((i * 5) % 32) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: hours >= 96 ? 'J-4-20-III' : 'J-4-20-II',
        dx: i % 2 ? ['J96.0', 'J18.9'] : ['J96.0', 'J44.1'],
        px: ['96.04', hours >= 96 ? '96.72' : '96.71', '87.44'],
        icuDays: icu,
        ventilatorHours: hours,
        dpjp: intensivists[i % 2] as string,
        scale: bill(16_000 + i),
        sep: igd({ masukAt: hhmm(1 + ((i * 7) % 22), (11 * i) % 60) }),
      });
      (bunched ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
