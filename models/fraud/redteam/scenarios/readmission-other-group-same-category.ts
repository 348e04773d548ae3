import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-READMIT-03',
  kind: 'fraud',
  code: 'READMISSION',
  alsoAccept: ['UNBUNDLING'],
  description: {
    id: 'Pasien diabetes dan pasien penyakit jantung hipertensi dipulangkan dini lalu dirawat lagi 4-11 hari kemudian dengan kategori ICD-10 yang sama (E11, I11) tetapi dikelompokkan ke CBG lain (kulit, hipertensi) (DOMAIN.md: readmisi dalam 30 hari dengan klaster diagnosis sama; readmisi dalam 7 hari).',
    en: 'A diabetic and a hypertensive-heart patient discharged early and readmitted 4-11 days later with the same ICD-10 category (E11, I11) but grouped to another CBG (skin, hypertension) (DOMAIN.md: readmission within 30 days with the same diagnosis cluster; readmission within 7 days).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.kupang, hospitalClass: 'C' });
    const diabetic = ctx.member({ sex: 'P', birthDate: '1960-11-04', segment: 'PBI', careClass: 3, regency: rs.regency });
    const cardiac = ctx.member({ sex: 'L', birthDate: '1955-04-27', segment: 'PBI', careClass: 3, regency: rs.regency });
    const d1 = ctx.claim({
      member: diabetic,
      facility: rs,
      masuk: '2026-02-02',
      pulang: '2026-02-06',
      cbg: 'E-4-10-II',
      dx: ['E11.6', 'I10'],
      px: ['99.18'],
      dpjp: 4,
    });
    const d2 = ctx.claim({
      member: diabetic,
      facility: rs,
      masuk: '2026-02-10',
      pulang: '2026-02-15',
      cbg: 'L-4-10-II',
      dx: ['E11.5', 'L03.1'],
      px: ['99.21'],
      dpjp: 4,
    });
    const d3 = ctx.claim({
      member: diabetic,
      facility: rs,
      masuk: '2026-02-26',
      pulang: '2026-03-02',
      cbg: 'E-4-10-I',
      dx: ['E11.9'],
      px: ['99.18'],
      dpjp: 6,
    });
    const c1 = ctx.claim({
      member: cardiac,
      facility: rs,
      masuk: '2026-03-09',
      pulang: '2026-03-13',
      cbg: 'I-4-12-II',
      dx: ['I11.0', 'E11.9'],
      px: ['89.52', '88.72'],
      dpjp: 5,
    });
    const c2 = ctx.claim({
      member: cardiac,
      facility: rs,
      masuk: '2026-03-18',
      pulang: '2026-03-21',
      cbg: 'I-4-17-II',
      dx: ['I11.9', 'I20.9'],
      px: ['89.52'],
      dpjp: 5,
    });
    return { context: [d1, c1], fraud: [d2, d3, c2] };
  },
});
