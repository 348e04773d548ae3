import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-KKLATER-01',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja dengan kecelakaan kerja (luka jari) yang sudah dibayar JKK, lima minggu kemudian dirawat JKN karena demam dengue: episode lain.',
    en: 'A worker whose finger wound at work was paid by JKK is admitted under JKN five weeks later with dengue fever: another episode.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'C', offset: [0.02, -0.02] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1989-11-02',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.palembang.regency,
      worker: { since: '2015-04-01', wage: 4_600_000 },
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-01-12',
      reportedDate: '2026-01-13',
      daysOff: 7,
      nomorSep: ctx.reserveSep(rs, '2026-01-12'),
      jkkBenefitPaid: 2_350_000,
    });
    const dengue = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-20',
      pulang: '2026-02-24',
      cbg: 'A-4-13-I',
      dx: ['A90'],
      px: ['90.59'],
      dpjp: 3,
    });
    return { nearMiss: [dengue] };
  },
});
