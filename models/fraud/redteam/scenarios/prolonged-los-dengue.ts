import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-LOS-01',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Rumah sakit dengan riwayat bersih menahan setiap pasien demam dengue ringan 8-9 hari padahal norma kelompoknya 4 hari.',
    en: 'A hospital with a clean history keeps every mild dengue patient 8-9 days where the group norm is 4.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '2001-05-14', '2026-01-19', 8],
      ['L', '1998-03-02', '2026-02-03', 9],
      ['L', '2010-11-21', '2026-02-24', 8],
      ['P', '1987-07-07', '2026-03-16', 9],
      ['P', '2004-01-30', '2026-04-06', 8],
    ] as const;
    for (const [sex, born, masuk, los] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'A-4-13-I',
          dx: ['A90'],
          px: ['90.59'],
          dpjp: 5,
          scale: { tarif_kamar: los / 4, tarif_keperawatan: los / 4, tarif_obat: 1.4 },
        }),
      );
    }
    return { fraud };
  },
});
