import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-SPOUSE-01',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Istri pekerja (tanggungan PPU, bukan peserta BPJamsostek) tersiram minyak panas di dapur rumah: luka bakar tangan derajat dua dan debridemen; cedera, tetapi bukan kecelakaan kerja.',
    en: "A worker's wife (a PPU dependant, not a BPJamsostek member) scalded by hot oil in her kitchen: a second-degree hand burn and debridement; an injury, but no work accident.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C', offset: [0.02, 0.01] });
    ctx.member({
      sex: 'L',
      birthDate: '1984-07-21',
      segment: 'PPU',
      careClass: 2,
      regency: rs.regency,
      worker: { since: '2009-03-02', wage: 6_200_000 },
    });
    const wife = ctx.member({ sex: 'P', birthDate: '1987-10-05', segment: 'PPU', careClass: 2, regency: rs.regency });
    const burn = ctx.claim({
      member: wife,
      facility: rs,
      masuk: '2026-04-12',
      pulang: '2026-04-15',
      cbg: 'S-1-10-I',
      dx: ['T23.2'],
      px: ['86.22'],
      dpjp: 4,
    });
    return { nearMiss: [burn] };
  },
});
