import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-04',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Kecelakaan motor saat berangkat kerja (patah radius, dipasang plat) dirawat atas JKN; sepuluh hari kemudian pemberi kerja melapor ke e-PLKK dan JKK ikut membayar biaya rawat dan upah (DOMAIN.md: kasus KK/PAK ditagihkan ke JKN dan JKK; kecelakaan perjalanan termasuk KK).',
    en: 'A motorbike accident on the way to work (radius fracture, plated) treated under JKN; ten days later the employer reports it through e-PLKK and JKK also pays care and wages (DOMAIN.md: a KK/PAK case billed to both JKN and JKK; a commuting accident is a work accident).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'C' });
    const m = ctx.member({
      sex: 'P',
      birthDate: '1998-12-08',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.denpasar.regency,
      worker: { since: '2022-02-01', wage: 4_300_000 },
    });
    const jkn = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-09',
      pulang: '2026-02-12',
      cbg: 'M-1-60-I',
      dx: ['S52.5'],
      px: ['79.32'],
      specialCmg: ['RR-03'],
      dpjp: 3,
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-02-09',
      reportedDate: '2026-02-19',
      location: 'PERJALANAN',
      daysOff: 49,
      nomorSep: null,
      jkkBenefitPaid: 16_700_000,
    });
    return { fraud: [jkn] };
  },
});
