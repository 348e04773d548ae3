// DOMAIN.md section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK". Tuberculosis caught
// at work by health workers is an occupational disease (Perpres 7/2019, the list of PAK:
// infections of health workers exposed to patients). At the class C government hospital of
// Karimun (Riau Islands) nurses, a laboratory analyst and a cleaner fall ill with pulmonary
// tuberculosis; the hospital, as their employer, reports each case through e-PLKK and JKK pays
// the treatment under an e-PLKK SEP. The same hospital also bills each worker's admission for the
// same disease to JKN under a JKN SEP: no injury code, no trauma, only A15.0, so that the claim
// looks like any tuberculosis stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-COB-111',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Perawat, analis laboratorium dan petugas kebersihan RS pemerintah kelas C Karimun sakit tuberkulosis paru; RS sebagai pemberi kerja melaporkannya sebagai PAK lewat e-PLKK dan JKK membayar perawatannya, tetapi RS yang sama juga menagihkan rawat inap penyakit yang sama ke JKN dengan SEP JKN, hanya A15.0 tanpa kode cedera.',
    en: 'Nurses, a laboratory analyst and a cleaner of the class C government hospital of Karimun fall ill with pulmonary tuberculosis; the hospital, as employer, reports each as an occupational disease through e-PLKK and JKK pays the treatment, yet the same hospital also bills the admission for the same disease to JKN under a JKN SEP, A15.0 only, no injury code.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.karimun, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const klinik = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-20', 5, 24).map((diagnosed, i) => {
      const worker = ctx.member({
        sex: i % 4 === 3 ? 'L' : 'P',
        birthDate: bornBefore(diagnosed, 26 + ((i * 6) % 22), i),
        segment: 'PPU',
        careClass: i % 2 ? 1 : 2,
        regency: rs.regency,
        worker: { since: `${2011 + 2 * i}-0${1 + i}-01`, wage: 4_200_000 + 350_000 * i },
      });
      ctx.kkpak({
        member: worker,
        accidentDate: diagnosed,
        reportedDate: addDays(diagnosed, 3 + i),
        caseType: 'PAK',
        location: 'TEMPAT_KERJA',
        daysOff: 56 + 7 * i,
        nomorSep: ctx.reserveSep(rs, diagnosed),
        jkkBenefitPaid: 9_800_000 + 600_000 * i,
      });
      return ctx.claim({
        member: worker,
        facility: rs,
        masuk: diagnosed,
        pulang: addDays(diagnosed, 5 + (i % 2)),
        cbg: 'A-4-12-I',
        dx: ['A15.0'],
        px: ['87.44', '90.59'],
        dpjp: pulmonologist,
        scale: bill(16_200 + i),
        sep: inap(referredBy(ctx, worker, klinik, rs, diagnosed, ['A15.0']), { masukAt: hhmm(10, 10 * i) }),
      });
    });
    return { fraud };
  },
});
