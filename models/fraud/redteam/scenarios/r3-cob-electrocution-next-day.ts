// DOMAIN.md section 1 (e-PLKK) and section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and
// JKK". Variant: by episode, not SEP: the accident happens late on the last Saturday of
// February, the JKN admission is dated the next day (1 March) at a hospital with no earlier claims,
// and the e-PLKK report (JKK paid care and wages) names no SEP.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-31',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Teknisi listrik tersengat listrik saat shift malam 28 Februari; JKK membayar perawatan dan upahnya lewat laporan e-PLKK tanpa SEP, sementara rawat inap yang sama (masuk 1 Maret) juga ditagihkan ke JKN.',
    en: 'An electrician electrocuted on a night shift on 28 February; JKK pays his care and wages through an e-PLKK report naming no SEP, while the same stay (admitted 1 March) is also billed to JKN.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [0.02, 0.03] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1990-01-16',
      segment: 'PPU',
      careClass: 2,
      regency: rs.regency,
      worker: { since: '2016-02-01', wage: 5_800_000 },
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-02-28',
      reportedDate: '2026-03-02',
      daysOff: 21,
      nomorSep: null,
      jkkBenefitPaid: 11_400_000,
    });
    const jkn = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-01',
      pulang: '2026-03-05',
      cbg: 'T-4-10-II',
      dx: ['T75.4', 'T23.2'],
      px: ['99.18'],
      dpjp: 5,
    });
    return { fraud: [jkn] };
  },
});
