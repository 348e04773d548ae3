import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-CANCEL-01',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Apendektomi dikode dan dibayar tarif bedah, padahal tagihan rumah sakit hanya memuat biaya tindakan kecil (Rp150-250 ribu) tanpa bahan habis pakai operasi.',
    en: 'Appendectomies coded and paid at the surgical tariff while the hospital bill holds only a token procedure fee (Rp150-250k) and no theatre consumables.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'C' });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1999-04-04', '2026-02-09', 150_000],
      ['L', '2003-12-12', '2026-03-04', 200_000],
      ['P', '1993-06-26', '2026-04-15', 250_000],
    ] as const;
    for (const [sex, born, masuk, fee] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: PLACES.denpasar.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 2),
          cbg: 'K-1-12-I',
          dx: ['K35.8'],
          px: ['47.09'],
          dpjp: 2,
          billedRatio: 0.35,
          components: { tarif_prosedur_bedah: fee, tarif_bmhp: 45_000, tarif_sewa_alat: 0, tarif_alkes: 0 },
        }),
      );
    }
    return { fraud };
  },
});
