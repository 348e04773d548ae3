import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-DEATH-01',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pasien sepsis meninggal di rumah sakit (status pulang 4, tanggal kematian = tanggal pulang); pasien stroke lain meninggal di rumah sehari setelah pulang.',
    en: 'A septic patient dies in hospital (discharge status 4, death date = discharge date); another, a stroke patient, dies at home the day after discharge.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'C', offset: [0.02, 0.02] });
    const a = ctx.member({ sex: 'L', birthDate: '1950-12-12', segment: 'PBI', careClass: 3, regency: PLACES.medan.regency });
    const b = ctx.member({ sex: 'P', birthDate: '1946-04-04', segment: 'PBI', careClass: 3, regency: PLACES.medan.regency });
    const sepsis = ctx.claim({
      member: a,
      facility: rs,
      masuk: '2026-04-02',
      pulang: '2026-04-06',
      cbg: 'A-4-10-III',
      dx: ['A41.9', 'J18.9', 'N17.9'],
      px: ['38.93', '99.21'],
      icuDays: 3,
      discharge: 4,
      dpjp: 3,
    });
    ctx.death({ member: a, date: '2026-04-06', source: 'JKN' });
    const stroke = ctx.claim({
      member: b,
      facility: rs,
      masuk: '2026-04-24',
      pulang: '2026-05-01',
      cbg: 'G-4-14-II',
      dx: ['I63.9', 'I10'],
      px: ['87.03'],
      discharge: 3,
      dpjp: 5,
    });
    ctx.death({ member: b, date: '2026-05-02', source: 'DUKCAPIL' });
    return { nearMiss: [sepsis, stroke] };
  },
});
