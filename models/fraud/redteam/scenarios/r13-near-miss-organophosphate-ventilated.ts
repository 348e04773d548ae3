// Near miss for VENTILATOR (honest twin of RT-VENT-131): a new class C government hospital in Bungo
// (Jambi) receives rubber and oil-palm smallholders poisoned with organophosphate on their own land
// (T60.0). The intermediate syndrome keeps some on the ventilator for days: 100 to 170 hours, each
// charted, extubated on the day the weakness lifts, ICU days to match and the long-ventilation code
// (96.72). Hours past 96 but scattered, not at the ICU days times 24. Unventilated poisonings are
// context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** Charted ventilator hours per patient (0: not ventilated). */
const HOURS = [0, 109, 0, 0, 137, 0, 101, 0, 0, 163, 0, 0] as const;

export default defineScenario({
  id: 'RT-NM-POISON-138',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'RSUD kelas C baru di Bungo menerima petani karet dan sawit kecil yang keracunan organofosfat di kebun sendiri (T60.0). Sindrom intermediet membuat sebagian dipasang ventilator berhari-hari: 100-170 jam sesuai lembar ventilator, diekstubasi saat kelemahan membaik, hari ICU sesuai dan kode 96.72. Jam di atas 96 tetapi tersebar, bukan hari ICU kali 24.',
    en: 'A new class C government hospital in Bungo receives rubber and oil-palm smallholders poisoned with organophosphate on their own land (T60.0). The intermediate syndrome keeps some ventilated for days: 100-170 charted hours, extubated when the weakness lifts, matching ICU days and code 96.72. Hours past 96 but scattered, not ICU days times 24.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bungo, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const anaesthetist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', HOURS.length, 11).forEach((day, i) => {
      const hours = HOURS[i] ?? 0;
      const ventilated = hours > 0;
      const icuDays = ventilated ? Math.ceil(hours / 24) + 1 : 0;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 24 + ((i * 7) % 40), segment: i % 2 ? 'PBI' : 'PBPU' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, ventilated ? icuDays + 3 : 3),
        cbg: ventilated ? 'T-4-10-III' : 'T-4-10-I',
        dx: ventilated ? ['T60.0', 'J96.0'] : ['T60.0'],
        px: ventilated ? ['96.04', '96.72'] : ['99.18'],
        ...(ventilated ? { icuDays, ventilatorHours: hours } : {}),
        dpjp: ventilated ? anaesthetist : internist,
        scale: bill(15_700 + i),
        sep: igd({ masukAt: hhmm(9 + (i % 10), (23 * i) % 60) }),
      });
      (ventilated ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
