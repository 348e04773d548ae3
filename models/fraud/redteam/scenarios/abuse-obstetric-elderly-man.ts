import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-02',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Persalinan normal ditagihkan atas kartu seorang laki-laki berusia 67 tahun.',
    en: 'A vaginal delivery billed on the card of a 67-year-old man.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const man = ctx.member({ sex: 'L', birthDate: '1958-11-30', segment: 'PBI', careClass: 3, regency: rs.regency });
    const partus = ctx.claim({
      member: man,
      facility: rs,
      masuk: '2026-03-28',
      pulang: '2026-03-30',
      cbg: 'O-6-13-I',
      dx: ['O80.0', 'O70.0'],
      px: ['73.59'],
      dpjp: 8,
    });
    return { fraud: [partus] };
  },
});
