// DOMAIN.md section 1 (e-PLKK: JKK, not JKN, pays a work accident's care) and section 3,
// COB_KKPAK ("trauma codes for PPU members with no e-PLKK report"). The injury code is the
// signal, so the hospital leaves it off: construction workers who fell from scaffolding had
// their emergency care under e-PLKK at a class B hospital (JKK paid care and wages); during
// the sick leave the same hospital bills JKN for their orthopaedic clinic controls and
// physiotherapy coded as low back pain and lumbar disc disorder (M54.5, M51.1), with no S or T
// code anywhere on the claims. It is the same accident's follow-up, which JKK owes.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-COB-71',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja bangunan yang jatuh dari perancah dirawat darurat lewat e-PLKK di RS kelas B (JKK membayar perawatan dan upah); selama cuti sakit RS yang sama menagihkan kontrol poli ortopedi dan fisioterapinya ke JKN dengan kode nyeri punggung bawah dan gangguan diskus lumbal, tanpa kode S atau T.',
    en: 'Construction workers who fell from scaffolding had emergency care under e-PLKK at a class B hospital (JKK paid care and wages); during the sick leave the same hospital bills JKN for their orthopaedic controls and physiotherapy coded as low back pain and lumbar disc disorder, with no S or T code.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.palangkaRaya, hospitalClass: 'B', offset: [0.01, 0.01] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const rehab = ctx.doctor({ specialty: 'SP_KFR', at: [rs] });
    const workers = [
      ['L', '1985-05-14', '2026-01-15'],
      ['L', '1979-11-02', '2026-02-05'],
      ['L', '1991-03-27', '2026-02-26'],
      ['L', '1982-08-19', '2026-03-19'],
    ] as const;
    const fraud: BuiltClaim[] = [];
    workers.forEach(([sex, born, accident], w) => {
      const member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2019-03-01', wage: 3_600_000 + 200_000 * w },
      });
      ctx.kkpak({
        member,
        accidentDate: accident,
        reportedDate: addDays(accident, 1),
        caseType: 'KK',
        location: 'TEMPAT_KERJA',
        outcome: 'SEMBUH',
        daysOff: 42,
        nomorSep: ctx.reserveSep(rs, accident),
        jkkBenefitPaid: 14_800_000 + 700_000 * w,
      });
      const visits = [
        { after: 10, cbg: 'M-5-15-0', dx: ['M54.5'], px: ['93.39'], dpjp: orthopaedist },
        { after: 17, cbg: 'Z-3-12-0', dx: ['M51.1', 'Z50.1'], px: ['93.39'], dpjp: rehab },
        { after: 24, cbg: 'Z-3-12-0', dx: ['M51.1', 'Z50.1'], px: ['93.11'], dpjp: rehab },
        { after: 31, cbg: 'M-5-15-0', dx: ['M51.1'], px: ['93.39'], dpjp: orthopaedist },
      ];
      visits.forEach((v, k) => {
        const day = clinicDay(addDays(accident, v.after + (w % 2)));
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: v.cbg,
            dx: v.dx,
            px: v.px,
            dpjp: v.dpjp,
            scale: bill(1010 + 4 * w + k),
            sep: jalan(ctx.hospitalReferral(rs, addDays(accident, 3)), { masukAt: hhmm(9 + k, 15) }),
          }),
        );
      });
    });
    return { fraud };
  },
});
