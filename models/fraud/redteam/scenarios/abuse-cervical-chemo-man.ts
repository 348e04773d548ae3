import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-05',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Kemoterapi kanker serviks (C53.9, khusus perempuan) tiga siklus ditagihkan pada kartu laki-laki 46 tahun; kartunya dipinjamkan ke kerabat perempuan tanpa JKN (DOMAIN.md: diagnosis tidak sesuai jenis kelamin).',
    en: 'Three cycles of cervical-cancer chemotherapy (C53.9, female only) billed on the card of a 46-year-old man, lent to a female relative without JKN (DOMAIN.md: diagnosis inconsistent with sex).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [-0.03, 0.01] });
    const m = ctx.member({ sex: 'L', birthDate: '1979-11-23', segment: 'PBPU', careClass: 2, regency: PLACES.surabaya.regency });
    const own = ctx.claim({ member: m, facility: rs, masuk: '2026-01-06', cbg: 'I-5-16-0', dx: ['I10'], px: ['89.52'], dpjp: 8 });
    const cycle = (masuk: string) =>
      ctx.claim({
        member: m,
        facility: rs,
        masuk,
        cbg: 'C-3-12-0',
        dx: ['Z51.1', 'C53.9'],
        px: ['99.25'],
        specialCmg: ['SD-02'],
        dpjp: 14,
        components: { tarif_obat_kemoterapi: 2_650_000 },
      });
    return { context: [own], fraud: [cycle('2026-02-03'), cycle('2026-02-24'), cycle('2026-03-17')] };
  },
});
