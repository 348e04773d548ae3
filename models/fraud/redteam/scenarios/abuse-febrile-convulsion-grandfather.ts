import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-06',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Cucu balita yang kejang demam (R56.0, diagnosis anak 6 bulan-5 tahun) dua kali dirawat memakai kartu PBI kakeknya yang berusia 67 tahun (DOMAIN.md: diagnosis tidak sesuai umur; kartu dipakai orang lain).',
    en: 'A toddler with febrile convulsions (R56.0, a diagnosis of children aged 6 months to 5 years) admitted twice on the PBI card of his 67-year-old grandfather (DOMAIN.md: diagnosis inconsistent with age; card used by someone else).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'C', offset: [-0.02, -0.01] });
    const grandfather = ctx.member({ sex: 'L', birthDate: '1958-08-03', segment: 'PBI', careClass: 3, regency: rs.regency });
    const fit = (masuk: string, pulang: string) =>
      ctx.claim({
        member: grandfather,
        facility: rs,
        masuk,
        pulang,
        cbg: 'G-4-15-I',
        dx: ['R56.0', 'R50.9'],
        px: ['99.18'],
        dpjp: 11,
      });
    return { fraud: [fit('2026-02-08', '2026-02-11'), fit('2026-04-19', '2026-04-21')] };
  },
});
