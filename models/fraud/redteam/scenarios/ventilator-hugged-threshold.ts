import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-VENT-01',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'ICU sebuah rumah sakit mencatat jam ventilator semua pasien gagal napas sedikit di atas 96 jam (98-104 jam) agar masuk kode 96.72.',
    en: 'A hospital ICU records every respiratory-failure patient just above 96 ventilator hours (98-104 h) to reach code 96.72.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'B' });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1966-02-11', '2026-01-07', 98],
      ['P', '1971-08-30', '2026-01-28', 100],
      ['L', '1959-12-05', '2026-02-15', 101],
      ['L', '1962-04-17', '2026-03-10', 103],
      ['P', '1955-09-09', '2026-04-02', 104],
    ] as const;
    for (const [sex, born, masuk, hours] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.palembang.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 8),
          cbg: 'J-4-20-III',
          dx: ['J96.0', 'J18.9', 'E87.1'],
          px: ['96.04', '96.72'],
          icuDays: 5,
          ventilatorHours: hours,
          dpjp: 3,
        }),
      );
    }
    return { fraud };
  },
});
