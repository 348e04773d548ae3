import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-UPGRADE-01',
  kind: 'near_miss',
  code: 'ROOM_CLASS',
  description: {
    id: 'Peserta PPU kelas 1 naik ke VIP dan peserta PBPU kelas 2 naik ke kelas 1, selisihnya dibayar sendiri; JKN ditagih sesuai hak kelasnya.',
    en: 'A class 1 PPU member upgrades to VIP and a class 2 PBPU member to class 1, paying the difference themselves; JKN is billed at their entitled class.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'B', offset: [0.02, 0.01] });
    const a = ctx.member({
      sex: 'P',
      birthDate: '1987-06-06',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.denpasar.regency,
      worker: { since: '2011-09-01', wage: 10_800_000 },
    });
    const b = ctx.member({ sex: 'L', birthDate: '1966-10-10', segment: 'PBPU', careClass: 2, regency: PLACES.denpasar.regency });
    return {
      nearMiss: [
        ctx.claim({
          member: a,
          facility: rs,
          masuk: '2026-02-26',
          pulang: '2026-03-01',
          cbg: 'O-6-10-I',
          dx: ['O82.0'],
          px: ['74.1'],
          upgrade: { to: 'vip', days: 3, payor: 'peserta' },
          dpjp: 4,
        }),
        ctx.claim({
          member: b,
          facility: rs,
          masuk: '2026-04-14',
          pulang: '2026-04-17',
          cbg: 'K-1-13-I',
          dx: ['K40.9'],
          px: ['53.00'],
          upgrade: { to: 'kelas_1', days: 3, payor: 'peserta' },
          dpjp: 7,
        }),
      ],
    };
  },
});
