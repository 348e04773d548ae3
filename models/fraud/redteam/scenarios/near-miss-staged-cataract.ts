import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays, inacbgTariff } from '../context.js';

/** A phaco bill as cataract claims of the base extract spread it (theatre, lens, consumables), so only the repeat look-alike is tested. */
const PHACO_SHARE: Partial<Record<TariffComponent, number>> = {
  tarif_prosedur_non_bedah: 0.15,
  tarif_prosedur_bedah: 0.34,
  tarif_konsultasi: 0.1,
  tarif_tenaga_ahli: 0.1,
  tarif_penunjang: 0.05,
  tarif_laboratorium: 0.05,
  tarif_obat: 0.1,
  tarif_alkes: 0.05,
  tarif_bmhp: 0.06,
};

export default defineScenario({
  id: 'RT-NM-STAGED-01',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Katarak kedua mata dioperasi bertahap: mata kanan lalu mata kiri empat minggu kemudian, kode, dokter dan tagihan sama, lateralitas R lalu L.',
    en: 'Cataracts of both eyes operated in stages: the right eye, then the left four weeks later, with the same codes, surgeon and bill, laterality R then L.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', type: 'RSK' });
    const nearMiss: BuiltClaim[] = [];
    // each patient's own bill (lens model, drugs), the same for both of her or his eyes
    const patients = [
      ['P', '1951-05-20', '2026-01-20', 1],
      ['L', '1948-10-08', '2026-02-24', 0.93],
    ] as const;
    for (const [sex, born, first, size] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: PLACES.makassar.regency });
      const billed = inacbgTariff('H-2-36-0', m.careClass, rs) * 0.9 * size;
      const components = Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, Math.round((billed * (PHACO_SHARE[c] ?? 0)) / 100) * 100]));
      const eye = {
        member: m,
        facility: rs,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        specialCmg: ['SP-02'],
        dpjp: 3,
        components,
      } as const;
      nearMiss.push(ctx.claim({ ...eye, masuk: first, laterality: ['R', 'R'] }));
      nearMiss.push(ctx.claim({ ...eye, masuk: addDays(first, 28), laterality: ['L', 'L'] }));
    }
    return { nearMiss };
  },
});
