import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-03',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Rawat inap ikterus neonatorum ditagihkan atas kartu seorang ayah berusia 47 tahun untuk bayi yang tidak didaftarkan.',
    en: 'A neonatal-jaundice admission billed on the card of a 47-year-old father for a baby never registered.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'B' });
    const father = ctx.member({ sex: 'L', birthDate: '1978-08-21', segment: 'PBPU', careClass: 2, regency: PLACES.balikpapan.regency });
    const baby = ctx.claim({
      member: father,
      facility: rs,
      masuk: '2026-04-20',
      pulang: '2026-04-23',
      cbg: 'P-8-11-I',
      dx: ['P59.9'],
      px: ['99.04'],
      dpjp: 5,
    });
    return { fraud: [baby] };
  },
});
