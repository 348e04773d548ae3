import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UNNEC-02',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Peserta hipertensi terkontrol tanpa komplikasi yang datang kontrol rutin dirawat inap satu hari (keparahan I, hanya EKG) di rumah sakit bersih riwayat (DOMAIN.md: rawat inap 1 hari keparahan I untuk kondisi yang biasa dirawat jalan).',
    en: 'Members with controlled, uncomplicated hypertension coming for a routine check admitted for one day (severity I, an ECG only) at a clean-history hospital (DOMAIN.md: 1-day severity-I admissions for conditions normally treated as outpatients).',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1961-05-05', '2026-01-21'],
      ['L', '1958-08-18', '2026-02-04'],
      ['P', '1966-02-27', '2026-02-25'],
      ['L', '1953-11-11', '2026-03-11'],
      ['P', '1969-09-09', '2026-04-01'],
      ['L', '1964-06-24', '2026-04-22'],
    ] as const;
    for (const [i, [sex, born, masuk]] of patients.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 1),
          cbg: 'I-4-17-I',
          dx: ['I10'],
          px: ['89.52'],
          dpjp: 6,
          scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
        }),
      );
    }
    return { fraud };
  },
});
