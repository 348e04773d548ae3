import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-MOTHERS-01',
  kind: 'near_miss',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Persalinan normal ibu berusia 17 tahun dan persalinan sesar ibu berusia 44 tahun: usia di tepi rentang, tetapi sah.',
    en: 'A vaginal delivery by a 17-year-old mother and a caesarean by a 44-year-old mother: ages at the edge of the range, but genuine.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.kupang, hospitalClass: 'B', offset: [0.02, 0.02] });
    const young = ctx.member({ sex: 'P', birthDate: '2008-06-30', segment: 'PBI', careClass: 3, regency: PLACES.kupang.regency });
    const late = ctx.member({ sex: 'P', birthDate: '1981-09-19', segment: 'PBPU', careClass: 2, regency: PLACES.kupang.regency });
    return {
      nearMiss: [
        ctx.claim({
          member: young,
          facility: rs,
          masuk: '2026-01-27',
          pulang: '2026-01-29',
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: 2,
        }),
        ctx.claim({
          member: late,
          facility: rs,
          masuk: '2026-03-30',
          pulang: '2026-04-02',
          cbg: 'O-6-10-II',
          dx: ['O82.0', 'O14.1'],
          px: ['74.1'],
          dpjp: 6,
        }),
      ],
    };
  },
});
