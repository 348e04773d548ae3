// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h". Variant: 97-99
// hours (code 96.72) on ward patients with no intensive-care day (invasive ventilation runs in
// intensive care; every ventilated claim of the generated extract has ICU days) and no airway
// procedure, at a hospital with no earlier claims; the hours fit the stay, so ingestion keeps them.
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
  id: 'RT-VENT-32',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'Ventilator 97-99 jam (kode 96.72) pada pasien bangsal tanpa satu hari pun di ICU dan tanpa intubasi (96.04), di rumah sakit tanpa klaim sebelumnya; jamnya muat dalam lama rawat.',
    en: 'Ventilation of 97-99 hours (code 96.72) on ward patients with no intensive-care day and no intubation (96.04), at a hospital with no earlier claims; the hours fit the stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C', offset: [0.03, -0.02] });
    const patients = [
      ['L', '1955-05-05', '2026-01-19', 98],
      ['P', '1960-09-13', '2026-02-09', 97],
      ['L', '1949-01-28', '2026-03-02', 99],
      ['P', '1968-11-11', '2026-04-13', 97],
      ['L', '1957-03-03', '2026-05-04', 98],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, masuk, hours], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk,
        pulang: addDays(masuk, 7),
        cbg: 'J-4-16-II',
        dx: ['J18.9', 'J44.9'],
        px: ['96.72', '87.44', '99.21'],
        ventilatorHours: hours,
        dpjp: 3,
        scale: own(i),
      }),
    );
    return { fraud };
  },
});
