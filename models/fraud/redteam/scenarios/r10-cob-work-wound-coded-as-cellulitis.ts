// DOMAIN.md section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK". Plantation and
// mill workers of Paser cut or crush a hand at work; the employer reports the accident through
// e-PLKK the next day and JKK pays the treatment under its own SEP at a new class C private
// hospital. The wounds are dirty and many fester; the same hospital admits the worker again the
// next day under JKN, with the infection first (cellulitis L03.1, grouped L-4-10) and the wound
// (S61.0) only second, so that the claim does not open with an injury code. One episode, two
// payers.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-COB-101',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja kebun dan pabrik di Paser luka atau terjepit tangannya saat bekerja; kecelakaan dilaporkan lewat e-PLKK dan JKK membayar perawatan di RS swasta kelas C baru. Keesokan harinya RS yang sama merawat inap pekerja itu lagi atas tanggungan JKN dengan selulitis (L03.1) sebagai diagnosis utama dan luka (S61.0) hanya sekunder.',
    en: 'Plantation and mill workers in Paser cut or crush a hand at work; the accident is reported through e-PLKK and JKK pays the care at a new class C private hospital. The next day the same hospital admits the worker again under JKN with cellulitis (L03.1) first and the wound (S61.0) only second.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.paser, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-19', 6, 19).map((accident, i) => {
      const worker = ctx.member({
        sex: i % 5 ? 'L' : 'P',
        birthDate: bornBefore(accident, 23 + ((i * 6) % 25), i),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: `${2016 + (i % 8)}-0${1 + (i % 8)}-01`, wage: 3_100_000 + 150_000 * i },
      });
      ctx.kkpak({
        member: worker,
        accidentDate: accident,
        reportedDate: addDays(accident, 1),
        location: 'TEMPAT_KERJA',
        daysOff: 10 + 2 * i,
        nomorSep: ctx.reserveSep(rs, accident),
        jkkBenefitPaid: 2_400_000 + 180_000 * i,
      });
      const masuk = addDays(accident, 1);
      return ctx.claim({
        member: worker,
        facility: rs,
        masuk,
        pulang: addDays(masuk, 4),
        cbg: 'L-4-10-I',
        dx: ['L03.1', 'S61.0'],
        px: ['99.21'],
        dpjp: surgeon,
        scale: bill(11_900 + i),
        sep: igd({ masukAt: hhmm(18 + (i % 4), 10 * (i % 6)) }),
      });
    });
    return { fraud };
  },
});
