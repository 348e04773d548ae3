import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-READMIT-01',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Pasien gagal jantung dipulangkan dini dan dirawat lagi dua kali dalam 30 hari, tiap kali dikelompokkan ke tingkat keparahan lain.',
    en: 'A heart-failure patient discharged early and readmitted twice within 30 days, each time grouped to a different severity level.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'C' });
    const m = ctx.member({ sex: 'L', birthDate: '1958-01-20', segment: 'PBI', careClass: 3, regency: PLACES.makassar.regency });
    const first = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-01-05',
      pulang: '2026-01-09',
      cbg: 'I-4-12-II',
      dx: ['I50.0', 'I10'],
      px: ['89.52', '88.72'],
      dpjp: 3,
    });
    const second = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-01-24',
      pulang: '2026-01-29',
      cbg: 'I-4-12-III',
      dx: ['I11.0', 'N18.9', 'E87.6'],
      px: ['89.52'],
      dpjp: 3,
    });
    const third = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-16',
      pulang: '2026-02-19',
      cbg: 'I-4-12-I',
      dx: ['I50.9'],
      px: ['89.52'],
      dpjp: 5,
    });
    return { context: [first], fraud: [second, third] };
  },
});
