import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-LOS-02',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Rumah sakit bersih riwayat menahan ibu pasca-sesar tanpa komplikasi 7-8 hari (norma kelompok 3 hari), kamar ikut ditagihkan (DOMAIN.md: lama rawat di atas persentil 90 CBG dan keparahannya).',
    en: 'A clean-history hospital keeps uncomplicated caesarean mothers 7-8 days (group norm 3), the room billed to match (DOMAIN.md: LOS above the 90th percentile for the CBG and severity).',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const fraud: BuiltClaim[] = [];
    const mothers = [
      ['1994-02-17', '2026-01-08', 7],
      ['1990-07-04', '2026-01-29', 8],
      ['1997-10-25', '2026-02-19', 7],
      ['1988-04-12', '2026-03-12', 8],
      ['1999-01-06', '2026-04-02', 7],
      ['1992-08-30', '2026-04-23', 8],
    ] as const;
    for (const [born, masuk, days] of mothers) {
      const m = ctx.member({ sex: 'P', birthDate: born, segment: 'PPU', careClass: 2, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, days),
          cbg: 'O-6-10-I',
          dx: ['O82.0', 'O34.2'],
          px: ['74.1'],
          dpjp: 4,
          scale: { tarif_kamar: days / 3, tarif_keperawatan: days / 3 },
        }),
      );
    }
    return { fraud };
  },
});
