import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-TWINS-01',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Bayi kembar prematur lahir sesar: dua kartu, tanggal, dokter, diagnosis, tindakan dan tagihan yang sama; ibunya juga punya klaim persalinan.',
    en: 'Preterm twins born by caesarean: two cards with the same dates, doctor, diagnoses, procedures and bill; their mother has her own delivery claim.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'B', offset: [-0.02, 0.01] });
    const reg = PLACES.yogyakarta.regency;
    const mother = ctx.member({
      sex: 'P',
      birthDate: '1993-02-08',
      segment: 'PPU',
      careClass: 2,
      regency: reg,
      worker: { since: '2018-07-01', wage: 6_100_000 },
    });
    const twinA = ctx.member({
      sex: 'P',
      birthDate: '2026-03-09',
      segment: 'PPU',
      careClass: 2,
      regency: reg,
      jknRegistered: '2026-03-10',
    });
    const twinB = ctx.member({
      sex: 'P',
      birthDate: '2026-03-09',
      segment: 'PPU',
      careClass: 2,
      regency: reg,
      jknRegistered: '2026-03-10',
    });
    const delivery = ctx.claim({
      member: mother,
      facility: rs,
      masuk: '2026-03-08',
      pulang: '2026-03-12',
      cbg: 'O-6-10-II',
      dx: ['O82.9', 'O60.1'],
      px: ['74.1'],
      dpjp: 3,
    });
    const neonate = {
      facility: rs,
      masuk: '2026-03-09',
      pulang: '2026-03-20',
      cbg: 'P-8-17-II',
      dx: ['P07.3', 'P22.0'],
      px: ['96.04', '93.96'],
      icuDays: 6,
      dpjp: 12,
    } as const;
    return { context: [delivery], nearMiss: [ctx.claim({ ...neonate, member: twinA }), ctx.claim({ ...neonate, member: twinB })] };
  },
});
