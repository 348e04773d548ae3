import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-CHILDFX-01',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Anak 8 tahun, tanggungan pekerja penerima upah (PPU), jatuh dari sepeda: fraktur radius dengan plat; bukan kecelakaan kerja.',
    en: "An 8-year-old dependant on a wage worker's (PPU) card falls off a bicycle: radius fracture plated; not a work accident.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'B', offset: [0.03, 0.01] });
    const child = ctx.member({ sex: 'L', birthDate: '2017-09-14', segment: 'PPU', careClass: 2, regency: PLACES.bandung.regency });
    const orif = ctx.claim({
      member: child,
      facility: rs,
      masuk: '2026-02-14',
      pulang: '2026-02-17',
      cbg: 'M-1-60-I',
      dx: ['S52.5'],
      px: ['79.32'],
      specialCmg: ['RR-03'],
      dpjp: 5,
    });
    return { nearMiss: [orif] };
  },
});
