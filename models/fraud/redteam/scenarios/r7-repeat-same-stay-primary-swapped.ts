// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". The group
// is the part the billing office changes: a pneumonia stay of a COPD patient (J18.9 with J44.9,
// J-4-16-I) is billed, and five to seven weeks later the same card and dates are billed again
// under a new SEP with the diagnoses in the other order (J44.1 with J18.9, COPD J-4-10-I),
// another coder, the same doctor: one stay, two groups, two payments.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-REPEAT-71',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Rawat pneumonia pasien PPOK (J18.9 dengan J44.9) ditagih, lalu lima sampai tujuh minggu kemudian kartu dan tanggal yang sama ditagih lagi dengan SEP baru dan urutan diagnosis dibalik (J44.1 dengan J18.9, kelompok PPOK), koder lain, dokter sama.',
    en: 'A COPD patient’s pneumonia stay (J18.9 with J44.9) is billed, and five to seven weeks later the same card and dates are billed again under a new SEP with the diagnoses in the other order (J44.1 with J18.9, the COPD group), another coder, the same doctor.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.pangkalpinang, hospitalClass: 'C', offset: [0.01, 0.01] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['L', '1950-03-22', '2026-01-07', 5, 37],
      ['L', '1957-09-14', '2026-01-28', 6, 44],
      ['P', '1953-01-05', '2026-02-18', 5, 49],
      ['L', '1946-06-30', '2026-03-11', 6, 40],
      ['L', '1960-11-17', '2026-04-01', 5, 35],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, los, resubmit], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency });
      const pulang = addDays(day, los);
      const sep = igd({ masukAt: hhmm(18 + (i % 5), 20) });
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang,
          cbg: 'J-4-16-I',
          dx: ['J18.9', 'J44.9'],
          px: ['87.44', '93.96', '99.21'],
          dpjp: pulmonologist,
          coder: 1,
          scale: bill(920 + i),
          sep,
        }),
      );
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang,
          cbg: 'J-4-10-I',
          dx: ['J44.1', 'J18.9'],
          px: ['93.96', '87.44'],
          dpjp: pulmonologist,
          coder: 2,
          scale: bill(930 + i),
          submitted: addDays(pulang, resubmit),
          sep,
        }),
      );
    });
    return { context, fraud };
  },
});
