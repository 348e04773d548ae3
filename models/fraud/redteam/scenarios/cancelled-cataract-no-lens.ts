import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-CANCEL-02',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Operasi katarak (fakoemulsifikasi dan lensa, top-up SP-02) ditagihkan dari pemeriksaan mata saja: tagihan RS hanya konsultasi, obat dan lab, tanpa biaya operasi, lensa atau BMHP (DOMAIN.md: tindakan dikode, komponen bedah nol; kasus katarak KPK Juli 2024).',
    en: 'Cataract operations (phaco and lens, SP-02 top-up) billed from an eye examination alone: the hospital bill holds consultation, drugs and lab only, no theatre fee, lens or consumables (DOMAIN.md: procedure coded, surgical components zero; the cataract case the KPK found in July 2024).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sleman, hospitalClass: 'C', offset: [0.03, 0.01] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1954-03-01', '2026-02-04'],
      ['L', '1949-07-19', '2026-02-11'],
      ['P', '1958-12-12', '2026-02-18'],
      ['L', '1952-09-05', '2026-03-04'],
      ['P', '1947-01-28', '2026-03-11'],
      ['L', '1956-06-16', '2026-03-18'],
    ] as const;
    for (const [i, [sex, born, masuk]] of patients.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.sleman.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          cbg: 'H-2-36-0',
          dx: ['H25.9'],
          px: ['13.41', '13.71'],
          specialCmg: ['SP-02'],
          dpjp: 2,
          components: {
            tarif_prosedur_non_bedah: 0,
            tarif_konsultasi: 180_000,
            tarif_tenaga_ahli: 0,
            tarif_penunjang: 60_000,
            tarif_radiologi: 0,
            tarif_laboratorium: 110_000 - 8_000 * i,
            tarif_obat: 120_000 + 15_000 * i,
            tarif_obat_kronis: 0,
            tarif_bmhp: 0,
            tarif_prosedur_bedah: 0,
            tarif_alkes: 0,
            tarif_sewa_alat: 0,
          },
        }),
      );
    }
    return { fraud };
  },
});
