// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h". Invasive
// ventilation is given in intensive care (Permenkes 1778/2010 on ICU services; no ward
// ventilation at a class B hospital). Here respiratory-failure patients with three ICU days (at
// most 72 hours there) are billed 100-106 ventilator hours (96.72, "96 hours or more"): the
// hours fit the six-day stay, not the days in intensive care. All go home.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-VENT-51',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Pasien gagal napas dengan tiga hari ICU (paling banyak 72 jam di sana) ditagih 100-106 jam ventilator (96.72, 96 jam atau lebih): jamnya muat dalam rawat enam hari, bukan dalam hari ICU; semua pulang ke rumah.',
    en: 'Respiratory-failure patients with three ICU days (at most 72 hours there) billed 100-106 ventilator hours (96.72, 96 hours or more): the hours fit the six-day stay, not the days in intensive care; all go home.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', offset: [-0.02, 0.015] });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const patients = [
      ['L', '1955-06-06', '2026-01-18', 100],
      ['P', '1960-01-30', '2026-02-15', 103],
      ['L', '1948-09-12', '2026-03-08', 106],
      ['P', '1952-12-24', '2026-04-05', 101],
      ['L', '1963-04-17', '2026-05-03', 104],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, hours], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 6),
        cbg: 'J-4-20-II',
        dx: ['J96.0', 'J18.9'],
        px: ['96.04', '96.72'],
        icuDays: 3,
        ventilatorHours: hours,
        dpjp: intensivist,
        scale: bill(i),
        sep: igd({ masukAt: '22:45' }),
      }),
    );
    return { fraud };
  },
});
