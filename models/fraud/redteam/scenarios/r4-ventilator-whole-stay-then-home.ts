// DOMAIN.md section 3, VENTILATOR: "ventilator time extended", "hours bunched just above 96 h".
// With admission and discharge times (SCHEMA.md waktu_masuk, waktu_pulang) the hours can be
// set against the stay: patients who go home (discharge status 1, not died, not referred)
// are billed 97-98 ventilator hours in a stay of 99-101 hours from arrival to discharge,
// i.e. ventilated from the door of the emergency department until an hour or two before they
// walked out. Weaning and a day's observation after extubation are never in the stay.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-VENT-41',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Pasien yang pulang ke rumah (bukan meninggal atau dirujuk) ditagih 97-98 jam ventilator dalam rawat 99-101 jam sejak tiba di IGD: berventilator sejak masuk hingga satu-dua jam sebelum pulang, tanpa penyapihan atau observasi pasca-ekstubasi.',
    en: 'Patients who go home (not died, not referred) are billed 97-98 ventilator hours in a stay of 99-101 hours from emergency arrival: ventilated from the door until an hour or two before leaving, with no weaning or post-extubation observation.',
  },
  build(ctx) {
    const place = PLACES.jayapura;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.01, 0.01] });
    const intensivists = [ctx.doctor({ specialty: 'SP_AN', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const patients = [
      ['L', '1959-04-14', '2026-01-11', '06:10', '09:15', 97],
      ['P', '1964-11-03', '2026-02-01', '05:40', '08:50', 98],
      ['L', '1951-07-27', '2026-02-22', '06:30', '10:05', 97],
      ['P', '1968-02-09', '2026-03-15', '05:55', '09:40', 98],
      ['L', '1956-09-21', '2026-04-05', '06:20', '09:30', 97],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, masukAt, pulangAt, hours], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'J-4-20-III',
        dx: ['J96.0', 'J18.9'],
        px: ['96.04', '96.72'],
        dpjp: intensivists[i % 2],
        icuDays: 4,
        ventilatorHours: hours,
        scale: own(i),
        sep: igd({ masukAt, pulangAt }),
      }),
    );
    return { fraud };
  },
});
