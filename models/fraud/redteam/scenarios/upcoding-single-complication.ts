import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UPCODE-01',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Pneumonia dinaikkan ke keparahan III dengan satu diagnosis sekunder gagal ginjal akut tanpa pemeriksaan lab pendukung, rawat hanya 4 hari.',
    en: 'Pneumonia raised to severity III with one acute-renal-failure secondary and no supporting laboratory work, stays of only 4 days.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1969-02-02', '2026-01-06'],
      ['P', '1975-06-18', '2026-01-21'],
      ['L', '1982-10-10', '2026-02-09'],
      ['P', '1964-12-24', '2026-03-02'],
      ['L', '1971-04-01', '2026-03-23'],
      ['P', '1980-08-15', '2026-04-13'],
    ] as const;
    for (const [sex, born, masuk] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 4),
          cbg: 'J-4-16-III',
          dx: ['J18.9', 'N17.9'],
          px: ['87.44', '99.21'],
          dpjp: 2,
          billedRatio: 0.42,
          scale: { tarif_laboratorium: 0.35 },
        }),
      );
    }
    return { fraud };
  },
});
