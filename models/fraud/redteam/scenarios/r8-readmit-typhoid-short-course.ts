// DOMAIN.md section 3, READMISSION. Typhoid needs ten to fourteen days of antibiotics; a class
// D private hospital sends its typhoid patients home on day two or three with the fever down
// and no oral course to finish, and readmits them eight to thirteen days later with the
// relapse, coded typhoid again as a new stay. Six patients, each back once, the same
// internist; the first stays are cheap and short, the returns ordinary.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-READMIT-82',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas D memulangkan pasien tifoid pada hari kedua atau ketiga setelah demam turun tanpa antibiotik oral untuk dituntaskan, lalu merawat mereka kembali 8-13 hari kemudian karena relaps, dikode tifoid lagi sebagai rawat baru; enam pasien, dokter penyakit dalam sama.',
    en: 'A class D private hospital sends typhoid patients home on day two or three once the fever falls, with no oral course to finish, and readmits them 8-13 days later with the relapse, coded typhoid again as a new stay; six patients, the same internist.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.pariaman, hospitalClass: 'D', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const days = ['2026-01-12', '2026-02-03', '2026-02-25', '2026-03-18', '2026-04-08', '2026-04-27'] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    days.forEach((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'L' : 'P',
        birthDate: bornBefore(day, 17 + 5 * i, i),
        segment: i % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const home = addDays(day, 2 + (i % 2));
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'A-4-11-I',
          dx: ['A01.0'],
          px: ['99.21'],
          dpjp: internist,
          // two days of antibiotics, no take-home course
          scale: times(bill(9800 + i), { tarif_obat: 0.6 }),
          sep: igd({ masukAt: hhmm(18 + (i % 4), 35) }),
        }),
      );
      const back = addDays(home, 8 + i);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 4),
          cbg: 'A-4-11-I',
          dx: ['A01.0'],
          px: ['99.21'],
          dpjp: internist,
          scale: bill(9810 + i),
          sep: igd({ masukAt: hhmm(9 + (i % 5), 5) }),
        }),
      );
    });
    return { context, fraud };
  },
});
