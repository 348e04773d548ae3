import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UNBUND-03',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'USG abdomen pra-operasi pasien batu empedu ditagihkan sebagai kunjungan rawat jalan terpisah oleh dokter bedah yang sama pada hari pasien masuk rawat inap untuk kolesistektomi (DOMAIN.md: rawat jalan dan rawat inap pada hari yang sama).',
    en: 'The pre-operative abdominal ultrasound of gallstone patients billed as a separate outpatient visit by the same surgeon on the day they are admitted for cholecystectomy (DOMAIN.md: outpatient and inpatient the same day).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'C', offset: [0.02, -0.01] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const patients = [
      ['P', '1975-01-22', '2026-01-14'],
      ['P', '1968-06-09', '2026-02-11'],
      ['L', '1980-09-17', '2026-03-11'],
      ['P', '1972-12-03', '2026-04-08'],
    ] as const;
    for (const [i, [sex, born, day]] of patients.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 2, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          cbg: 'K-5-14-0',
          dx: ['K80.2'],
          px: ['88.76'],
          dpjp: 9,
          scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
        }),
      );
      context.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 4),
          cbg: 'B-1-10-I',
          dx: ['K80.2'],
          px: ['51.23'],
          dpjp: 9,
          scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
        }),
      );
    }
    return { fraud, context };
  },
});
