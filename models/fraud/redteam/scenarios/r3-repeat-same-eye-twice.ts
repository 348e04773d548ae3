// DOMAIN.md section 3, REPEAT_BILLING ("same claim billed twice") and PHANTOM_BILLING ("a
// service never given"): a lens is removed from an eye once; the same eye (laterality R)
// billed again four weeks later under a new SEP is the first operation billed twice.
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { addDays, inacbgTariff } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

/** A phaco bill spread as cataract surgery spreads it (theatre, lens, consumables), so the bill itself is unremarkable. */
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
  id: 'RT-REPEAT-31',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  alsoAccept: ['PHANTOM_BILLING'],
  description: {
    id: 'Operasi katarak mata kanan (fakoemulsifikasi dan lensa, lateralitas R) ditagihkan lagi empat minggu kemudian dengan SEP baru untuk mata kanan yang sama, di rumah sakit tanpa klaim sebelumnya.',
    en: 'A right-eye cataract operation (phaco and lens, laterality R) billed again four weeks later under a new SEP for the same right eye, at a hospital with no earlier claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', type: 'RSK', offset: [0.02, 0.04] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1950-02-14', '2026-01-13', 1, 3],
      ['L', '1947-09-30', '2026-02-17', 0.95, 3],
      ['P', '1956-12-05', '2026-03-03', 1.04, 5],
    ] as const;
    for (const [sex, born, first, size, surgeon] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: rs.regency });
      const billed = inacbgTariff('H-2-36-0', m.careClass, rs) * 0.9 * size;
      const components = Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, Math.round((billed * (PHACO_SHARE[c] ?? 0)) / 100) * 100]));
      const eye = {
        member: m,
        facility: rs,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        specialCmg: ['SP-02'],
        dpjp: surgeon,
        components,
        laterality: ['R', 'R'],
      } as const;
      context.push(ctx.claim({ ...eye, masuk: first }));
      fraud.push(ctx.claim({ ...eye, masuk: addDays(first, 28), coder: 2 }));
    }
    return { context, fraud };
  },
});
