import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-VENT-02',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'ICU rumah sakit bersih riwayat mencatat ventilasi 97-101 jam pada enam pasien pneumonia berat (keparahan II, tanpa kode gagal napas) agar melewati batas 96 jam kode 96.72 (DOMAIN.md: jam ventilator menumpuk tepat di atas 96 jam).',
    en: 'The ICU of a clean-history hospital records 97-101 ventilator hours for six severe pneumonia patients (severity II, no respiratory-failure code) to pass the 96 h line of code 96.72 (DOMAIN.md: ventilator hours bunched just above 96 h).',
  },
  build(ctx) {
    const rs = ctx.cleanHost('B');
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1958-06-01', '2026-01-11', 97],
      ['P', '1963-02-14', '2026-01-30', 99],
      ['L', '1950-10-10', '2026-02-20', 97],
      ['P', '1967-07-07', '2026-03-08', 101],
      ['L', '1961-12-19', '2026-03-29', 98],
      ['L', '1972-04-23', '2026-04-19', 97],
    ] as const;
    for (const [sex, born, masuk, hours] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 8),
          cbg: 'J-4-16-II',
          dx: ['J18.0', 'I10'],
          px: ['96.04', '96.72', '87.44'],
          icuDays: 5,
          ventilatorHours: hours,
          dpjp: 7,
        }),
      );
    }
    return { fraud };
  },
});
