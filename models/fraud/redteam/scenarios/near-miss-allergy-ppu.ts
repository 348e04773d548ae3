import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-ALLERGY-01',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Dua pegawai kantor (PPU) dengan alergi makanan T78.4 dan urtikaria: kode bab T, tetapi bukan cedera dan bukan kecelakaan kerja.',
    en: 'Two office workers (PPU) with food allergy T78.4 and urticaria: a chapter-T code, but neither an injury nor a work accident.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'C', offset: [0.02, 0.02] });
    const a = ctx.member({
      sex: 'P',
      birthDate: '1992-12-01',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.jakartaSelatan.regency,
      worker: { since: '2016-08-01', wage: 12_500_000 },
    });
    const b = ctx.member({
      sex: 'L',
      birthDate: '1988-04-22',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.jakartaSelatan.regency,
      worker: { since: '2013-01-07', wage: 7_200_000 },
    });
    return {
      nearMiss: [
        ctx.claim({
          member: a,
          facility: rs,
          masuk: '2026-03-21',
          pulang: '2026-03-23',
          cbg: 'T-4-10-I',
          dx: ['T78.4', 'L50.9'],
          px: ['99.18'],
          dpjp: 2,
        }),
        ctx.claim({ member: b, facility: rs, masuk: '2026-04-04', cbg: 'L-5-12-0', dx: ['L50.9', 'T78.4'], dpjp: 4 }),
      ],
    };
  },
});
