import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays, inacbgTariff } from '../context.js';

/** A day-care chemotherapy bill spread as the base extract's chemotherapy claims spread it, so only the repeated cycles are tested. */
const CYCLE_SHARE: Partial<Record<TariffComponent, number>> = {
  tarif_prosedur_non_bedah: 0.03,
  tarif_konsultasi: 0.04,
  tarif_tenaga_ahli: 0.1,
  tarif_keperawatan: 0.08,
  tarif_penunjang: 0.03,
  tarif_radiologi: 0.04,
  tarif_laboratorium: 0.09,
  tarif_pelayanan_darah: 0.02,
  tarif_kamar: 0.12,
  tarif_obat: 0.05,
  tarif_obat_kemoterapi: 0.3,
  tarif_alkes: 0.02,
  tarif_bmhp: 0.08,
};

export default defineScenario({
  id: 'RT-NM-CHEMO-01',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Kemoterapi kanker payudara enam siklus tiap 21 hari dan kanker paru empat siklus: kartu, kode, dokter dan tagihan sama tiap siklus, tanggal berbeda (protokol, bukan tagihan berulang).',
    en: 'Breast-cancer chemotherapy in six cycles every 21 days and lung-cancer chemotherapy in four: same card, codes, doctor and bill each cycle, on different dates (a protocol, not repeat billing).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', offset: [0.01, 0.03] });
    const breast = ctx.member({
      sex: 'P',
      birthDate: '1971-09-14',
      segment: 'PPU',
      careClass: 1,
      regency: rs.regency,
      worker: { since: '2003-01-06', wage: 7_800_000 },
    });
    const lung = ctx.member({ sex: 'L', birthDate: '1959-04-02', segment: 'PBPU', careClass: 2, regency: rs.regency });
    const bill = (careClass: 1 | 2 | 3, size: number) => {
      const billed = inacbgTariff('C-3-12-0', careClass, rs) * 0.93 * size;
      return Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, Math.round((billed * (CYCLE_SHARE[c] ?? 0)) / 100) * 100]));
    };
    const nearMiss: BuiltClaim[] = [];
    for (let i = 0; i < 6; i++) {
      nearMiss.push(
        ctx.claim({
          member: breast,
          facility: rs,
          masuk: addDays('2026-01-07', 21 * i),
          cbg: 'C-3-12-0',
          dx: ['Z51.1', 'C50.9'],
          px: ['99.25'],
          specialCmg: ['SD-02'],
          dpjp: 10,
          components: bill(breast.careClass, 1),
        }),
      );
    }
    for (let i = 0; i < 4; i++) {
      nearMiss.push(
        ctx.claim({
          member: lung,
          facility: rs,
          masuk: addDays('2026-02-12', 21 * i),
          cbg: 'C-3-12-0',
          dx: ['Z51.1', 'C34.9'],
          px: ['99.25'],
          specialCmg: ['SD-02'],
          dpjp: 10,
          components: bill(lung.careClass, 0.96),
        }),
      );
    }
    return { nearMiss };
  },
});
