// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else ... diagnosis inconsistent
// with age/sex". Variant by age alone, not sex: benign prostatic hyperplasia and its
// transurethral resection, a disease of men past 40-50, on the card of a 19-year-old; an
// uninsured father uses his working son's card.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-31',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Ayah yang tidak punya JKN memakai kartu PPU anaknya (19 tahun): reseksi prostat transuretra untuk pembesaran prostat jinak (N40, 60.29) dan kontrolnya, penyakit laki-laki di atas 40-50 tahun.',
    en: "An uninsured father uses his 19-year-old son's PPU card: a transurethral resection for benign prostatic hyperplasia (N40, 60.29) and its check-up, a disease of men past 40-50.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const son = ctx.member({
      sex: 'L',
      birthDate: '2006-08-14',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.makassar.regency,
      worker: { since: '2025-02-01', wage: 3_600_000 },
    });
    const turp = ctx.claim({
      member: son,
      facility: rs,
      masuk: '2026-03-10',
      pulang: '2026-03-14',
      cbg: 'N-1-20-I',
      dx: ['N40'],
      px: ['60.29', '57.94'],
      dpjp: 8,
    });
    const check = ctx.claim({ member: son, facility: rs, masuk: '2026-03-24', cbg: 'Z-5-16-0', dx: ['Z09.8', 'N40'], dpjp: 8 });
    return { fraud: [turp, check] };
  },
});
