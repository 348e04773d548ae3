import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-FLATPKG-01',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Paket kontrol pascaoperasi bertarif tetap: dua belas peserta berbeda, dua dokter, hari berbeda, tagihan sama persis sampai rupiah.',
    en: 'A flat-fee post-operative follow-up package: twelve different members, two doctors, different days, bills identical to the rupiah.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const nearMiss: BuiltClaim[] = [];
    for (let i = 0; i < 12; i++) {
      const born = `${1955 + i * 3}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(3 + i).padStart(2, '0')}`;
      const m = ctx.member({ sex: i % 2 ? 'L' : 'P', birthDate: born, segment: i % 3 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency });
      const day = `2026-${String(1 + (i % 4)).padStart(2, '0')}-${String(5 + 2 * i).padStart(2, '0')}`;
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          cbg: 'Z-5-16-0',
          dx: ['Z09.8'],
          dpjp: i % 2 ? 3 : 8,
          kelas: 3,
          // the package: consultation, wound care, one lab panel and take-home drugs, the same for everyone
          components: {
            tarif_prosedur_non_bedah: 15_000,
            tarif_konsultasi: 50_000,
            tarif_tenaga_ahli: 0,
            tarif_penunjang: 5_000,
            tarif_radiologi: 0,
            tarif_laboratorium: 25_000,
            tarif_obat: 30_000,
            tarif_obat_kronis: 0,
            tarif_bmhp: 5_000,
          },
        }),
      );
    }
    return { nearMiss };
  },
});
