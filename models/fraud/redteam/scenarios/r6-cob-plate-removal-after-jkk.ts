// DOMAIN.md section 1 (e-PLKK: BPJS Ketenagakerjaan, not JKN, pays care of a KK/PAK case) and
// section 6 (JKK benefits: medical care as needed, PP 82/2019), section 3, COB_KKPAK. Workers
// whose forearm or humerus fracture at work was plated under e-PLKK and paid by JKK in 2025
// come back in 2026 to have the plate removed (Z47.0, 78.62, follow-up care of the same
// accident, which JKK still owes); the class C hospital bills the removal to JKN. The claim
// carries no injury code at all (no S or T chapter), only the follow-up.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-COB-61',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja yang patah lengan saat bekerja dan dipasang plat lewat e-PLKK (dibayar JKK) pada 2025 kembali pada 2026 untuk pengangkatan plat; RS kelas C menagihkannya ke JKN. Klaim tanpa kode cedera (bab S atau T), hanya Z47.0 dan 78.62, padahal masih tanggungan JKK.',
    en: 'Workers whose arm fracture at work was plated under e-PLKK (paid by JKK) in 2025 come back in 2026 to have the plate removed; the class C hospital bills JKN. The claim has no injury code (no S or T chapter), only Z47.0 and 78.62, although JKK still owes it.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.bogor, hospitalClass: 'C', offset: [0.01, 0.01] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const workers = [
      ['L', '1986-02-17', '2025-06-11', '2026-01-20', 'R'],
      ['L', '1979-07-05', '2025-07-02', '2026-02-10', 'L'],
      ['L', '1992-10-29', '2025-07-23', '2026-03-03', 'R'],
      ['P', '1988-04-08', '2025-08-14', '2026-03-24', 'L'],
      ['L', '1983-12-21', '2025-09-04', '2026-04-14', 'R'],
    ] as const;
    const fraud: BuiltClaim[] = workers.map(([sex, born, accident, removal, side], w) => {
      const member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2017-01-02', wage: 4_100_000 + 150_000 * w },
      });
      ctx.kkpak({
        member,
        accidentDate: accident,
        reportedDate: addDays(accident, 1),
        caseType: 'KK',
        location: 'TEMPAT_KERJA',
        outcome: 'SEMBUH',
        daysOff: 56,
        nomorSep: ctx.reserveSep(rs, accident),
        jkkBenefitPaid: 21_500_000 + 900_000 * w,
      });
      return ctx.claim({
        member,
        facility: rs,
        masuk: removal,
        pulang: addDays(removal, 2),
        cbg: 'M-1-60-I',
        dx: ['Z47.0'],
        px: ['78.62'],
        laterality: [side],
        dpjp: orthopaedist,
        scale: bill(240 + w),
        sep: inap(ctx.hospitalReferral(rs, addDays(removal, -14)), { masukAt: '08:00' }),
      });
    });
    return { fraud };
  },
});
