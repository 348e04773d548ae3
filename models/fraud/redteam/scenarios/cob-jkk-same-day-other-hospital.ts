import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-03',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Jari pekerja teramputasi mesin: pemberi kerja melapor lewat e-PLKK dan RS mitra di Bekasi merawatnya atas biaya JKK; hari yang sama kartu JKN-nya ditagihkan di RS lain di Jakarta Timur untuk cedera yang sama (DOMAIN.md: kasus KK/PAK ditagihkan ke JKN dan JKK).',
    en: "A worker's finger amputated by a machine: the employer reports it through e-PLKK and a partner hospital in Bekasi treats it paid by JKK; the same day his JKN card is billed at another hospital in East Jakarta for the same injury (DOMAIN.md: a KK/PAK case billed to both JKN and JKK).",
  },
  build(ctx) {
    const partner = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [0.015, -0.01] });
    const other = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'C', offset: [-0.01, 0.02] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1994-05-19',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.bekasi.regency,
      worker: { since: '2020-09-01', wage: 5_100_000 },
    });
    const jkkSep = ctx.reserveSep(partner, '2026-04-14');
    ctx.kkpak({
      member: m,
      accidentDate: '2026-04-14',
      reportedDate: '2026-04-14',
      daysOff: 35,
      nomorSep: jkkSep,
      jkkBenefitPaid: 11_300_000,
      outcome: 'CACAT_SEBAGIAN',
    });
    const jkn = ctx.claim({
      member: m,
      facility: other,
      masuk: '2026-04-14',
      pulang: '2026-04-16',
      cbg: 'S-1-10-I',
      dx: ['S68.1'],
      px: ['84.01', '86.22'],
      dpjp: 2,
    });
    return { fraud: [jkn] };
  },
});
