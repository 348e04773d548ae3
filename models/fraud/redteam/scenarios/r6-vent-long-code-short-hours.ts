// DOMAIN.md section 3, VENTILATOR: "ventilator time extended"; section 2 (ventilator_hour on
// the claim). Hours bunched just above 96 are caught, so a class B hospital leaves the hours
// as they were (62-88) and codes the procedure for the longer ventilation instead: 96.72
// "continuous invasive mechanical ventilation for 96 consecutive hours or more" on
// respiratory-failure stays whose recorded ventilator hours are below 96. The grouper pays
// the code; the hours say 96.71.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-VENT-61',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RS kelas B membiarkan jam ventilator apa adanya (62-88 jam) tetapi mengode tindakan ventilasi panjang 96.72 (96 jam atau lebih) pada rawat gagal napas: kode dibayar, jamnya menunjukkan 96.71.',
    en: 'A class B hospital leaves ventilator hours as they were (62-88 h) but codes the long-ventilation procedure 96.72 (96 hours or more) on respiratory-failure stays: the code is paid, the hours say 96.71.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.gorontalo, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['L', '1952-06-15', '2026-01-11', 62, 4],
      ['P', '1958-02-08', '2026-02-01', 75, 4],
      ['L', '1946-10-27', '2026-02-22', 88, 5],
      ['P', '1961-04-13', '2026-03-15', 70, 4],
      ['L', '1955-08-31', '2026-04-05', 81, 5],
      ['P', '1949-12-19', '2026-04-26', 66, 4],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, hours, icuDays], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 8 + (i % 2)),
        cbg: 'J-4-20-II',
        dx: ['J96.0', 'J18.9'],
        px: ['96.04', '96.72'],
        icuDays,
        ventilatorHours: hours,
        dpjp: pulmonologist,
        scale: bill(210 + i),
        sep: igd({ masukAt: hhmm(1 + 3 * i, 45) }),
      }),
    );
    return { fraud };
  },
});
