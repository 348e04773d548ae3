// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement; upgrade fields inconsistent
// with payer". Variant: the upgrade is recorded as paid by the member (or the employer), yet
// JKN is billed at the upgraded class too, so the difference is paid twice.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ROOM-31',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Naik kelas dari kelas 2 ke kelas 1 tercatat dibayar peserta (atau pemberi kerja), tetapi JKN tetap ditagih tarif kelas 1: selisihnya dibayar dua kali, di rumah sakit tanpa klaim sebelumnya.',
    en: 'An upgrade from class 2 to class 1 recorded as paid by the member (or the employer), yet JKN is billed at class 1 as well: the difference is paid twice, at a hospital with no earlier claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'B', offset: [0.01, 0.01] });
    const pbpu = ctx.member({ sex: 'P', birthDate: '1972-08-16', segment: 'PBPU', careClass: 2, regency: rs.regency });
    const ppu = ctx.member({
      sex: 'L',
      birthDate: '1985-01-27',
      segment: 'PPU',
      careClass: 2,
      regency: rs.regency,
      worker: { since: '2010-09-01', wage: 7_300_000 },
    });
    const elder = ctx.member({ sex: 'L', birthDate: '1955-04-04', segment: 'PBPU', careClass: 2, regency: rs.regency });
    const fraud = [
      ctx.claim({
        member: pbpu,
        facility: rs,
        masuk: '2026-01-29',
        pulang: '2026-02-02',
        cbg: 'B-1-10-I',
        dx: ['K80.2'],
        px: ['51.23'],
        kelas: 1,
        upgrade: { to: 'kelas_1', days: 4, payor: 'peserta' },
        dpjp: 5,
      }),
      ctx.claim({
        member: ppu,
        facility: rs,
        masuk: '2026-03-10',
        pulang: '2026-03-13',
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: ['R'],
        kelas: 1,
        upgrade: { to: 'kelas_1', days: 3, payor: 'pemberi_kerja' },
        dpjp: 7,
      }),
      ctx.claim({
        member: elder,
        facility: rs,
        masuk: '2026-04-20',
        pulang: '2026-04-25',
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '99.21'],
        kelas: 1,
        upgrade: { to: 'kelas_1', days: 5, payor: 'peserta' },
        dpjp: 2,
      }),
    ];
    return { fraud };
  },
});
