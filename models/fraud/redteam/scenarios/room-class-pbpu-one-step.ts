import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ROOM-02',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Peserta mandiri (PBPU) kelas 3 ditagihkan ke JKN di kelas 2 tanpa catatan naik kelas atau penanggung selisih, di rumah sakit bersih riwayat (DOMAIN.md: kelas rawat di atas hak).',
    en: 'Self-paying (PBPU) class-3 members billed to JKN at class 2 with no upgrade recorded and no payer of the difference, at a clean-history hospital (DOMAIN.md: care class above entitlement).',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const who = (sex: 'L' | 'P', born: string) => ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
    return {
      fraud: [
        ctx.claim({
          member: who('L', '1987-02-11'),
          facility: rs,
          masuk: '2026-01-19',
          pulang: '2026-01-23',
          cbg: 'A-4-11-I',
          dx: ['A01.0'],
          px: ['99.21'],
          kelas: 2,
          dpjp: 3,
        }),
        ctx.claim({
          member: who('P', '1979-08-08'),
          facility: rs,
          masuk: '2026-02-23',
          pulang: '2026-02-27',
          cbg: 'A-4-13-I',
          dx: ['A90'],
          px: ['90.59'],
          kelas: 2,
          dpjp: 5,
        }),
        ctx.claim({
          member: who('P', '2004-04-16'),
          facility: rs,
          masuk: '2026-03-30',
          pulang: '2026-04-02',
          cbg: 'K-4-17-I',
          dx: ['A09', 'E86'],
          px: ['99.18'],
          kelas: 2,
          dpjp: 3,
        }),
      ],
    };
  },
});
