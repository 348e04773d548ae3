import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-01',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Kecelakaan kerja (patah tulang tibia) sudah dibayar JKK lewat e-PLKK dengan SEP-nya sendiri, lalu episode yang sama ditagihkan ke JKN dengan SEP lain.',
    en: 'A work accident (tibia fracture) already paid by JKK through e-PLKK under its own SEP, then the same episode billed to JKN under another SEP.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C' });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1991-08-08',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.bekasi.regency,
      worker: { since: '2019-06-01', wage: 5_400_000 },
    });
    const jkkSep = ctx.reserveSep(rs, '2026-03-16');
    ctx.kkpak({
      member: m,
      accidentDate: '2026-03-16',
      reportedDate: '2026-03-17',
      daysOff: 42,
      nomorSep: jkkSep,
      jkkBenefitPaid: 21_850_000,
    });
    const jkn = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-16',
      pulang: '2026-03-20',
      cbg: 'M-1-60-I',
      dx: ['S82.2'],
      px: ['79.36'],
      specialCmg: ['RR-03'],
      dpjp: 3,
    });
    return { fraud: [jkn] };
  },
});
