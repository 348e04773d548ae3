import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inacbgTariff } from '../context.js';

/** A session bill with devices and consumables at the share the base extract's dialysis claims carry (dialysers reused), so only distance is tested. */
const SESSION_SHARE: Partial<Record<TariffComponent, number>> = {
  tarif_prosedur_non_bedah: 0.48,
  tarif_konsultasi: 0.1,
  tarif_tenaga_ahli: 0.1,
  tarif_penunjang: 0.05,
  tarif_laboratorium: 0.05,
  tarif_obat: 0.12,
  tarif_alkes: 0.05,
  tarif_bmhp: 0.05,
};

export default defineScenario({
  id: 'RT-NM-HDTRAVEL-01',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pasien hemodialisis rutin Senin-Kamis di Surabaya mudik ke Denpasar (415 km) satu minggu dan cuci darah di sana pada hari jadwalnya, lalu kembali: jauh, tetapi tidak pada hari yang sama.',
    en: 'A Monday-Thursday haemodialysis patient in Surabaya visits family in Denpasar (415 km) for one week and dialyses there on the scheduled days, then returns: far apart, but never on the same day.',
  },
  build(ctx) {
    const home = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [0.03, -0.03] });
    const away = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'B', offset: [0.01, 0.01] });
    const m = ctx.member({ sex: 'P', birthDate: '1965-01-31', segment: 'PBPU', careClass: 2, regency: PLACES.surabaya.regency });
    const bill = (facility: typeof home) => {
      const billed = inacbgTariff('N-3-15-0', m.careClass, facility) * 0.86;
      return Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, Math.round((billed * (SESSION_SHARE[c] ?? 0)) / 100) * 100]));
    };
    const hd = (facility: typeof home, masuk: string, dpjp: number): BuiltClaim =>
      ctx.claim({
        member: m,
        facility,
        masuk,
        cbg: 'N-3-15-0',
        dx: ['N18.5', 'Z49.1'],
        px: ['39.95'],
        dpjp,
        components: bill(facility),
      });
    const nearMiss = [
      hd(home, '2026-03-02', 4),
      hd(home, '2026-03-05', 4),
      hd(home, '2026-03-09', 4),
      hd(home, '2026-03-12', 4),
      hd(away, '2026-03-16', 2),
      hd(away, '2026-03-19', 2),
      hd(home, '2026-03-23', 4),
      hd(home, '2026-03-26', 4),
      hd(home, '2026-03-30', 4),
    ];
    return { nearMiss };
  },
});
