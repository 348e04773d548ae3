// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero", and
// INFLATED_BILL: "prosthesis top-up without the matching procedure". Variant: the forearm
// fracture was set closed in a cast; the claim codes open fixation (79.32) with the plate
// top-up RR-03, a theatre fee is billed, but the devices component (the plate) is zero.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

/** Each patient's own bill: drugs, tests and consumables differ from one patient to the next. */
const own = (i: number) => ({
  tarif_obat: 0.86 + 0.07 * (i % 4),
  tarif_laboratorium: 1.1 - 0.05 * (i % 5),
  tarif_bmhp: 0.93 + 0.04 * (i % 3),
  tarif_keperawatan: 0.95 + 0.03 * (i % 4),
  tarif_tenaga_ahli: 1.06 - 0.04 * (i % 3),
  tarif_penunjang: 0.9 + 0.05 * ((i + 1) % 4),
  tarif_radiologi: 1.08 - 0.06 * ((i + 2) % 3),
  tarif_kamar: 0.97 + 0.02 * (i % 3),
});

export default defineScenario({
  id: 'RT-CANCEL-31',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  alsoAccept: ['INFLATED_BILL'],
  description: {
    id: 'Patah tulang radius direposisi tertutup dan digips, tetapi diklaim sebagai reposisi terbuka dengan pen (79.32) dan tambahan RR-03; biaya kamar operasi ada, komponen alat kesehatan (pen) nol.',
    en: 'Radius fractures set closed in a cast but claimed as open fixation with a plate (79.32) and the RR-03 top-up; a theatre fee is billed, the devices component (the plate) is zero.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C', ownership: 'SWASTA' });
    const patients = [
      ['L', '2009-02-08', '2026-01-21', 'R'],
      ['P', '1957-06-19', '2026-02-25', 'L'],
      ['L', '1996-11-30', '2026-03-31', 'R'],
      ['P', '1962-04-12', '2026-04-29', 'R'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, masuk, side], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: PLACES.pekanbaru.regency }),
        facility: rs,
        masuk,
        cbg: 'M-1-60-I',
        dx: ['S52.5'],
        px: ['79.32'],
        laterality: [side],
        specialCmg: ['RR-03'],
        dpjp: 4,
        scale: own(i),
        // a closed reduction under sedation: theatre and cast, no implant
        components: { tarif_alkes: 0 },
      }),
    );
    return { fraud };
  },
});
