import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-INFL-01',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Kolesistektomi di rumah sakit dengan riwayat bersih: obat lima kali dan BMHP enam kali lipat dibanding tagihan kelompok yang sama.',
    en: 'Cholecystectomies at a hospital with a clean history billing five times the drugs and six times the consumables of the same group.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1976-02-29', '2026-01-13'],
      ['P', '1981-07-19', '2026-02-10'],
      ['L', '1970-10-03', '2026-03-17'],
      ['P', '1988-12-08', '2026-04-21'],
    ] as const;
    for (const [sex, born, masuk] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 4),
          cbg: 'B-1-10-I',
          dx: ['K80.2'],
          px: ['51.23'],
          dpjp: 3,
          scale: { tarif_obat: 5, tarif_bmhp: 6, tarif_alkes: 3 },
        }),
      );
    }
    return { fraud };
  },
});
