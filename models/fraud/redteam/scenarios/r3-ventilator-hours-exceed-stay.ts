// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h". Variant: the
// hours cannot fit the stay: 97-100 h billed (code 96.72) on stays whose calendar days
// allow at most 72 or 96 hours, at a hospital with no earlier claims.
import { addDays } from '../context.js';
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
  id: 'RT-VENT-31',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Jam ventilator 97-100 jam (kode 96.72) ditagihkan pada rawat inap yang menurut tanggal masuk dan pulangnya paling lama 72 atau 96 jam, di rumah sakit tanpa klaim sebelumnya.',
    en: 'Ventilator time of 97-100 hours (code 96.72) billed on stays whose admission and discharge dates allow at most 72 or 96 hours, at a hospital with no earlier claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'B', offset: [0.02, 0.01] });
    const patients = [
      // sex, birth, admission, days to discharge (d to d+2 holds at most 72 h, d to d+3 at most 96 h), hours, discharge status
      ['L', '1959-07-12', '2026-01-14', 2, 98, 4],
      ['P', '1948-02-27', '2026-02-11', 3, 97, 1],
      ['L', '1966-10-05', '2026-03-04', 2, 100, 4],
      ['P', '1971-12-19', '2026-04-15', 3, 99, 1],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, masuk, days, hours, discharge], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk,
        pulang: addDays(masuk, days),
        cbg: 'J-4-20-II',
        dx: ['J96.0', 'J18.9'],
        px: ['96.04', '96.72'],
        icuDays: days + 1,
        ventilatorHours: hours,
        discharge,
        dpjp: 6,
        scale: own(i),
      }),
    );
    return { fraud };
  },
});
