// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis
// cluster; observed/expected by hospital". A class C private hospital discharges its heart
// failure patients on day three (norm five), before the diuretic has brought the weight
// down, and readmits them ten to fourteen days later with the same diagnosis, twice within a
// month, each return a new stay and a new tariff. Five patients, fifteen stays in five months:
// the hospital's readmission rate for heart failure is a multiple of what peers see.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-READMIT-81',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C memulangkan pasien gagal jantung pada hari ketiga (norma lima) sebelum diuretik menurunkan berat badan, lalu merawat mereka kembali 10-14 hari kemudian dengan diagnosis sama, dua kali dalam sebulan; lima pasien, lima belas rawat dalam lima bulan.',
    en: 'A class C private hospital discharges heart-failure patients on day three (norm five), before the diuretic has worked, and readmits them 10-14 days later with the same diagnosis, twice within a month; five patients, fifteen stays in five months.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.kotamobagu, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const starts = ['2026-01-08', '2026-01-30', '2026-02-19', '2026-03-12', '2026-04-02'] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    starts.forEach((start, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: bornBefore(start, 60 + 3 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      let day: string = start;
      for (let k = 0; k < 3; k++) {
        const home = addDays(day, 3);
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'I-4-12-I',
          dx: ['I50.9', 'I10'],
          px: ['89.52', '87.44'],
          dpjp: internist,
          scale: bill(9700 + 3 * i + k),
          sep: igd({ masukAt: hhmm(19 + ((i + k) % 4), 10 * k) }),
        });
        (k === 0 ? context : fraud).push(claim);
        day = addDays(home, 10 + ((i + 2 * k) % 5));
      }
    });
    return { context, fraud };
  },
});
