import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-READMIT-02',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Pasien stroke dengan hemiplegia dirawat lagi 9 hari setelah pulang karena pneumonia aspirasi: komplikasi di organ lain, kelompok kasus lain, rontgen dan antibiotik yang sesuai.',
    en: 'A stroke patient with hemiplegia readmitted 9 days after discharge with aspiration pneumonia: a complication in another organ, another case-mix group, with the matching X-ray and antibiotics.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'B', offset: [0.02, 0.02] });
    const m = ctx.member({ sex: 'P', birthDate: '1950-06-15', segment: 'PBI', careClass: 3, regency: PLACES.palembang.regency });
    const stroke = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-02',
      pulang: '2026-03-09',
      cbg: 'G-4-14-II',
      dx: ['I63.9', 'I10', 'G81.9'],
      px: ['87.03', '89.52'],
      specialCmg: ['SI-01'],
      dpjp: 5,
    });
    const pneumonia = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-18',
      pulang: '2026-03-25',
      cbg: 'J-4-16-II',
      dx: ['J18.0', 'G81.9', 'I69.4'],
      px: ['87.44', '99.21', '93.96'],
      dpjp: 8,
    });
    return { context: [stroke], nearMiss: [pneumonia] };
  },
});
