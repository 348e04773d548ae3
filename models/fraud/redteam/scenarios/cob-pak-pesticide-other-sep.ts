import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-05',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Keracunan organofosfat pekerja kebun dilaporkan sebagai penyakit akibat kerja (PAK) dan dirawat lewat e-PLKK atas biaya JKK; RS yang sama menagihkan episode itu juga ke JKN dengan SEP lain, masuk sehari setelah diagnosis (DOMAIN.md: kasus KK/PAK ditagihkan ke JKN dan JKK).',
    en: "A plantation worker's organophosphate poisoning reported as an occupational disease (PAK) and treated through e-PLKK paid by JKK; the same hospital also bills the episode to JKN under another SEP, admitted the day after the diagnosis (DOMAIN.md: a KK/PAK case billed to both JKN and JKK).",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C', offset: [-0.03, 0.02] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1983-01-17',
      segment: 'PPU',
      careClass: 3,
      regency: PLACES.pekanbaru.regency,
      worker: { since: '2011-07-01', wage: 3_600_000 },
    });
    const jkkSep = ctx.reserveSep(rs, '2026-03-03');
    ctx.kkpak({
      member: m,
      accidentDate: '2026-03-03',
      reportedDate: '2026-03-05',
      caseType: 'PAK',
      daysOff: 10,
      nomorSep: jkkSep,
      jkkBenefitPaid: 6_900_000,
    });
    const jkn = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-04',
      pulang: '2026-03-08',
      cbg: 'T-4-10-II',
      dx: ['T60.0', 'E87.6'],
      px: ['99.18'],
      icuDays: 1,
      dpjp: 4,
    });
    return { fraud: [jkn] };
  },
});
