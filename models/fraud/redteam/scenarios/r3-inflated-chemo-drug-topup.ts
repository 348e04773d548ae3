// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG;
// prosthesis top-up without the matching procedure", and CANCELLED_SERVICE: "procedure coded,
// ... components zero". Variant: the special-drug top-up SD-02 (Rp3.6M for a chemotherapy
// agent) and the infusion 99.25 billed on every visit, while the hospital bill holds no
// chemotherapy drug at all: the patients came for a check-up and premedication only.
// (A first version kept a cheap generic regimen of Rp350-420k in the bill; the generated
// extract's honest SD-02 visits bill about the same, so that premise was withdrawn.)
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-INFL-31',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  alsoAccept: ['CANCELLED_SERVICE'],
  description: {
    id: 'Tambahan obat khusus SD-02 (Rp3,6 juta) dan infus kemoterapi (99.25) ditagihkan pada setiap kunjungan, padahal tagihan rumah sakit tidak memuat obat kemoterapi sama sekali (hanya kontrol dan premedikasi).',
    en: 'A special-drug top-up SD-02 (Rp3.6M) and a chemotherapy infusion (99.25) billed on every visit while the hospital bill holds no chemotherapy drug at all (a check-up and premedication only).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.02, 0.01] });
    const patients = [
      ['P', '1969-04-22', 'C50.9', '2026-01-08', 4],
      ['P', '1975-09-14', 'C53.9', '2026-01-13', 4],
      ['L', '1958-02-03', 'C34.9', '2026-02-03', 7],
    ] as const;
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, cancer, start, dpjp], p) => {
      const m = ctx.member({ sex, birthDate: born, segment: p === 2 ? 'PPU' : 'PBPU', careClass: 2, regency: PLACES.makassar.regency });
      for (let cycle = 0; cycle < 4; cycle++) {
        const day = addDays(start, cycle * 21);
        fraud.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: day,
            cbg: 'C-3-12-0',
            dx: ['Z51.1', cancer],
            px: ['99.25'],
            specialCmg: ['SD-02'],
            dpjp,
            // the hospital's own bill at the level of honest chemotherapy visits (base extract medians),
            // except that no chemotherapy agent is in it
            components: {
              tarif_prosedur_non_bedah: 40_000,
              tarif_konsultasi: 55_000,
              tarif_tenaga_ahli: 125_000,
              tarif_penunjang: 36_000,
              tarif_radiologi: 48_000,
              tarif_laboratorium: 110_000 + 5_000 * ((2 * p + cycle) % 5),
              tarif_obat: 60_000 + 5_000 * ((p + cycle) % 4),
              tarif_obat_kronis: 0,
              tarif_obat_kemoterapi: 0,
              tarif_alkes: 26_000,
              tarif_bmhp: 78_000 + 4_000 * ((p + 2 * cycle) % 4),
            },
          }),
        );
      }
    });
    return { fraud };
  },
});
