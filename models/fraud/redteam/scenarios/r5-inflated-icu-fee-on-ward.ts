// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG";
// section 2: the claim carries icu_indikator and icu_los beside the 18 components. Ward
// patients (no ICU stay recorded: indicator 0, zero ICU days, no ventilation) are billed two
// to three days of intensive care (Rp3.8-5.7 million in the intensive-care component, the
// price of an ICU day times the days) on pneumonia and heart-failure stays of severity II.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

/** An ICU day as the red-team context prices it (context.ts ICU_PER_DAY). */
const ICU_DAY = 1_900_000;

export default defineScenario({
  id: 'RT-INFLATED-51',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Pasien bangsal (indikator ICU 0, nol hari ICU, tanpa ventilator) ditagih dua sampai tiga hari perawatan intensif (Rp3,8-5,7 juta di komponen rawat intensif) pada rawat pneumonia dan gagal jantung keparahan II.',
    en: 'Ward patients (ICU indicator 0, zero ICU days, no ventilation) billed two to three days of intensive care (Rp3.8-5.7 million in the intensive-care component) on pneumonia and heart-failure stays of severity II.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'B', offset: [0.01, 0.02] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1953-02-19', '2026-01-15', 'J', 2],
      ['P', '1948-07-07', '2026-02-04', 'I', 3],
      ['L', '1960-10-28', '2026-02-25', 'J', 3],
      ['P', '1957-04-13', '2026-03-18', 'I', 2],
      ['L', '1944-12-01', '2026-04-08', 'J', 2],
      ['P', '1962-08-24', '2026-04-29', 'I', 3],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, organ, icuDays], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 7),
        cbg: organ === 'J' ? 'J-4-16-II' : 'I-4-12-II',
        dx: organ === 'J' ? ['J18.9', 'E86'] : ['I50.0', 'E87.1'],
        px: organ === 'J' ? ['87.44', '93.96', '99.21'] : ['89.52', '88.72'],
        dpjp: internist,
        scale: bill(i),
        components: { tarif_rawat_intensif: icuDays * ICU_DAY },
        sep: igd({ masukAt: '23:10' }),
      }),
    );
    return { fraud };
  },
});
