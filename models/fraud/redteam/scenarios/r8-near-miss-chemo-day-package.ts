// Near miss of CLONING ("near-identical tariff vectors across different patients, same doctor
// or day"). The oncology day-care unit of a class B private hospital gives breast cancer
// patients their three-weekly cycles under one price list: the regimen's drugs, the pre-cycle
// blood count and the chair are fixed-price items, so every cycle of the same regimen bills
// the same lines to the rupiah, patient after patient, on the same days of the week, under
// one oncologist. Identical bills because the package is identical, each on its own cycle
// dates and diagnosis history.
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-CHEMO-81',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Unit kemoterapi rawat sehari RS swasta kelas B memberi siklus tiga mingguan pasien kanker payudara dengan satu daftar harga: obat regimen, darah rutin praseklus dan kursi berharga tetap, sehingga setiap siklus regimen yang sama bertagihan sama sampai rupiah, pasien demi pasien, satu dokter onkologi.',
    en: 'The oncology day-care unit of a class B private hospital gives breast cancer patients three-weekly cycles under one price list: regimen drugs, pre-cycle blood count and chair at fixed prices, so every cycle of a regimen bills the same lines to the rupiah, patient after patient, one oncologist.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.tangerangSelatan, hospitalClass: 'B', offset: [0.01, 0.01] });
    const oncologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    // the package: one price per item, the same for every cycle of the regimen
    const pkg = {
      ...Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, 0])),
      tarif_konsultasi: 150_000,
      tarif_laboratorium: 185_000,
      tarif_obat_kemoterapi: 3_450_000,
      tarif_obat: 240_000,
      tarif_bmhp: 165_000,
      tarif_keperawatan: 120_000,
      tarif_penunjang: 60_000,
    };
    const starts = ['2026-01-06', '2026-01-08', '2026-01-13', '2026-01-15', '2026-01-20', '2026-01-22'] as const;
    const nearMiss: BuiltClaim[] = [];
    starts.forEach((start, i) => {
      const member = ctx.member({
        sex: 'P',
        birthDate: bornBefore(start, 42 + 3 * i, i),
        segment: i % 2 ? 'PPU' : 'PBPU',
        careClass: 2,
        regency: rs.regency,
      });
      for (let cycle = 0; cycle < 6; cycle++) {
        const day = clinicDay(addDays(start, 21 * cycle));
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'C-3-12-0',
            dx: ['Z51.1', 'C50.9'],
            px: ['99.25'],
            specialCmg: ['SD-02'],
            dpjp: oncologist,
            components: pkg,
            // each cycle on the control letter written at the one before (the first: after the mastectomy)
            sep: jalan(ctx.hospitalReferral(rs, addDays(day, cycle === 0 ? -10 : -21)), {
              masukAt: hhmm(8 + (i % 3), 15),
              pulangAt: hhmm(13 + (i % 3), 30),
            }),
          }),
        );
      }
    });
    return { nearMiss };
  },
});
