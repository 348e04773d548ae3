// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", one step only (I to II), with a complication that fits the
// patients. A new class C private hospital in Sanggau (West Kalimantan) treats community pneumonia
// in five-day stays (J-4-16-I with chest X-ray, oxygen and injected antibiotics; sixteen stays,
// context). Two elderly patients truly develop hyponatraemia: sodium corrected with saline
// infusions (99.18), more laboratory, seven days, coded J-4-16-II (context). On four other stays of
// older patients the coder adds E87.1 as well, with no infusion coded, the severity-I laboratory,
// five days and the severity-I bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const CODED_UP = new Set([3, 8, 14, 19]);
const HYPONATRAEMIC = new Set([6, 16]);

export default defineScenario({
  id: 'RT-UPCODE-141',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Sanggau merawat pneumonia komunitas lima hari (J-4-16-I). Dua pasien lansia sungguh hiponatremia: dikoreksi dengan infus salin, lab lebih banyak, tujuh hari (J-4-16-II). Pada empat pasien tua lain koder juga menambah E87.1, tanpa infus, lab keparahan I, lima hari dan tagihan keparahan I.',
    en: 'A new class C private hospital in Sanggau treats community pneumonia in five-day stays (J-4-16-I). Two elderly patients truly become hyponatraemic: corrected with saline infusions, more laboratory, seven days (J-4-16-II). On four other older patients the coder adds E87.1 too, with no infusion, the severity-I laboratory, five days and the severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.sanggau, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 22, 6.5).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const low = HYPONATRAEMIC.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: up || low ? 63 + (i % 14) : 35 + ((i * 7) % 40) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, low ? 7 : 5),
        cbg: up || low ? 'J-4-16-II' : 'J-4-16-I',
        dx: up || low ? ['J18.9', 'E87.1'] : ['J18.9'],
        px: low ? ['87.44', '93.96', '99.21', '99.18'] : ['87.44', '93.96', '99.21'],
        dpjp: i % 2 ? internist : pulmonologist,
        ...(up ? { billedRatio: billOf('J-4-16-I', 'J-4-16-II') } : {}),
        scale: low ? times(bill(17_500 + i), { tarif_laboratorium: 1.6, tarif_kamar: 1.4, tarif_keperawatan: 1.3 }) : bill(17_500 + i),
        sep: igd({ masukAt: hhmm(8 + ((i * 5) % 14), (31 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
