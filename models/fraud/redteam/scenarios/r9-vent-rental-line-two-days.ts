// DOMAIN.md section 3, VENTILATOR, caught in the bill: a ventilator is rented by the hour
// (equipment rental line, tarif_sewa_alat). At a class B private hospital in Sukabumi the claims
// give 97 to 101 ventilator hours, coded 96.72, with five ICU days; the hospital's own rental
// line charges about two days of ventilator (48 hours) and the ordinary ward equipment. The
// hospital billed what it ran; the grouper was told what pays.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

/** The context's illustrative ventilator rental per hour (context.ts VENTILATOR_PER_HOUR) and the hours the hospital charged. */
const VENTILATOR_PER_HOUR = 42_000;
const HOURS_CHARGED = 48;
/** Ward equipment (monitors, pumps) of a ten-day stay, about the context's medical profile share of such a bill. */
const WARD_EQUIPMENT = 260_000;

export default defineScenario({
  id: 'RT-VENT-92',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RS swasta kelas B di Sukabumi mengklaim 97-101 jam ventilator (96.72) dengan lima hari ICU, tetapi baris sewa alat RS sendiri hanya menagih sekitar 48 jam ventilator.',
    en: 'A class B private hospital in Sukabumi claims 97 to 101 ventilator hours (96.72) with five ICU days, while its own equipment rental line charges about 48 hours of ventilator.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.sukabumi, hospitalClass: 'B' });
    const intensivists = [ctx.doctor({ specialty: 'SP_AN', at: [rs] }), ctx.doctor({ specialty: 'SP_AN', at: [rs] })];
    const fraud: BuiltClaim[] = every('2026-01-16', 6, 21).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 40 + ((i * 9) % 35) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 10 + (i % 3)),
        cbg: 'J-4-20-III',
        dx: ['J96.0', i % 2 ? 'A41.9' : 'J18.9'],
        px: ['96.04', '96.72', '87.44'],
        icuDays: 5,
        ventilatorHours: 97 + (i % 5),
        dpjp: intensivists[i % 2] as string,
        scale: bill(9950 + i),
        // the rental line the hospital really charged: ward equipment and 48 hours of ventilator
        components: { tarif_sewa_alat: WARD_EQUIPMENT + 10_000 * i + HOURS_CHARGED * VENTILATOR_PER_HOUR },
        sep: igd({ masukAt: hhmm(1 + ((i * 7) % 20), (17 * i) % 60) }),
      }),
    );
    return { fraud };
  },
});
