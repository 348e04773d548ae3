import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-UPGRADE-02',
  kind: 'near_miss',
  code: 'ROOM_CLASS',
  description: {
    id: 'Naik kelas yang dibayar pihak lain: pekerja PPU kelas 1 ke VIP dibayar pemberi kerja, pekerja PPU kelas 2 ke kelas 1 dibayar asuransi tambahan (koordinasi manfaat); JKN ditagih di kelas haknya.',
    en: 'Upgrades paid by someone else: a class-1 PPU worker to VIP paid by the employer, a class-2 PPU worker to class 1 paid by a supplementary insurer (coordination of benefits); JKN billed at the entitled class.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'B', offset: [0.01, -0.01] });
    const reg = PLACES.balikpapan.regency;
    const manager = ctx.member({
      sex: 'L',
      birthDate: '1976-03-09',
      segment: 'PPU',
      careClass: 1,
      regency: reg,
      worker: { since: '2004-08-01', wage: 11_500_000 },
    });
    const analyst = ctx.member({
      sex: 'P',
      birthDate: '1990-12-19',
      segment: 'PPU',
      careClass: 2,
      regency: reg,
      worker: { since: '2016-05-02', wage: 4_000_000 },
    });
    return {
      nearMiss: [
        ctx.claim({
          member: manager,
          facility: rs,
          masuk: '2026-02-16',
          pulang: '2026-02-20',
          cbg: 'K-1-12-I',
          dx: ['K35.8'],
          px: ['47.01'],
          kelas: 1,
          upgrade: { to: 'vip', days: 4, payor: 'pemberi_kerja' },
          dpjp: 6,
        }),
        ctx.claim({
          member: analyst,
          facility: rs,
          masuk: '2026-03-23',
          pulang: '2026-03-27',
          cbg: 'A-4-13-I',
          dx: ['A91'],
          px: ['90.59'],
          kelas: 2,
          upgrade: { to: 'kelas_1', days: 4, payor: 'asuransi_tambahan' },
          dpjp: 9,
        }),
      ],
    };
  },
});
