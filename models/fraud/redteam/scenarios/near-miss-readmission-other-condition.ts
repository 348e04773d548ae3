import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-READMIT-01',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Pasien pulang setelah apendektomi lalu dirawat lagi 16 hari kemudian karena demam berdarah: readmisi asli untuk kondisi lain.',
    en: 'A patient discharged after an appendectomy is admitted again 16 days later with dengue haemorrhagic fever: a genuine readmission for another condition.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', offset: [0.02, -0.02] });
    const m = ctx.member({ sex: 'P', birthDate: '2005-07-09', segment: 'PBPU', careClass: 3, regency: PLACES.semarang.regency });
    const appendix = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-02',
      pulang: '2026-02-05',
      cbg: 'K-1-12-I',
      dx: ['K35.8'],
      px: ['47.09'],
      dpjp: 3,
    });
    const dengue = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-21',
      pulang: '2026-02-25',
      cbg: 'A-4-13-II',
      dx: ['A91', 'D69.6'],
      px: ['90.59'],
      dpjp: 6,
    });
    return { nearMiss: [appendix, dengue] };
  },
});
