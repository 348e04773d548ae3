import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-01',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Persalinan sesar ditagihkan atas kartu anak perempuan berusia 9 tahun (kartu dipinjam kerabat dewasa).',
    en: 'A caesarean delivery billed on the card of a 9-year-old girl (card lent to an adult relative).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.kupang, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const girl = ctx.member({ sex: 'P', birthDate: '2016-10-12', segment: 'PBI', careClass: 3, regency: PLACES.kupang.regency });
    const sc = ctx.claim({
      member: girl,
      facility: rs,
      masuk: '2026-02-23',
      pulang: '2026-02-26',
      cbg: 'O-6-10-I',
      dx: ['O82.9', 'O34.2'],
      px: ['74.1'],
      dpjp: 4,
    });
    return { fraud: [sc] };
  },
});
