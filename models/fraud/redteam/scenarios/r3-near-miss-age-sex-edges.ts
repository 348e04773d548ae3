// Near miss of PARTICIPANT_ABUSE (DOMAIN.md section 3: "diagnosis inconsistent with age/sex").
// Genuine care at the edges of age and sex: breast cancer in a man (about 1% of breast
// cancers; C50.9 is not a female-only code), and an ovarian cyst removed from a 14-year-old
// girl (female-only, usually adult, but real in adolescents).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-AGESEX-31',
  kind: 'near_miss',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Pelayanan asli di tepi usia dan jenis kelamin: kemoterapi kanker payudara pada laki-laki 66 tahun (empat siklus) dan pengangkatan kista ovarium pada anak perempuan 14 tahun.',
    en: 'Genuine care at the edges of age and sex: breast-cancer chemotherapy for a 66-year-old man (four cycles) and an ovarian cyst removed from a 14-year-old girl.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const nearMiss: BuiltClaim[] = [];
    const man = ctx.member({ sex: 'L', birthDate: '1959-08-03', segment: 'PBPU', careClass: 2, regency: PLACES.denpasar.regency });
    for (let cycle = 0; cycle < 4; cycle++) {
      nearMiss.push(
        ctx.claim({
          member: man,
          facility: rs,
          masuk: addDays('2026-01-13', cycle * 21),
          cbg: 'C-3-12-0',
          dx: ['Z51.1', 'C50.9'],
          px: ['99.25'],
          dpjp: 3,
          components: { tarif_obat_kemoterapi: 1_450_000 },
        }),
      );
    }
    const girl = ctx.member({ sex: 'P', birthDate: '2011-10-21', segment: 'PBI', careClass: 3, regency: PLACES.denpasar.regency });
    nearMiss.push(
      ctx.claim({
        member: girl,
        facility: rs,
        masuk: '2026-03-02',
        pulang: '2026-03-05',
        cbg: 'W-1-11-I',
        dx: ['N83.2', 'R10.4'],
        px: ['65.29', '88.76'],
        dpjp: 5,
      }),
    );
    return { nearMiss };
  },
});
