// DOMAIN.md section 1 (e-PLKK: JKK pays a work accident's care) and section 3, COB_KKPAK: "a
// KK/PAK case billed to both JKN and JKK". Variant by episode: the acute care of a work injury
// is paid by JKK through e-PLKK, but its follow-up (fracture check-ups and physiotherapy during
// the sick leave JKK also pays) is billed to JKN at another hospital; no trauma admission, only
// outpatient codes of the same injury.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-COB-32',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Patah tulang bahu buruh gudang karena kecelakaan kerja dirawat lewat e-PLKK dan dibayar JKK; kontrol patah tulang dan fisioterapinya selama cuti sakit ditagihkan ke JKN di RS lain.',
    en: "A warehouse worker's shoulder fracture at work is treated through e-PLKK and paid by JKK; its fracture check-ups and physiotherapy during the sick leave are billed to JKN at another hospital.",
  },
  build(ctx) {
    const partner = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'B', offset: [-0.03, 0.03] });
    const rs = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', offset: [0.01, -0.03] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1986-12-04',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.sidoarjo.regency,
      worker: { since: '2012-07-01', wage: 4_700_000 },
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-02-03',
      reportedDate: '2026-02-04',
      daysOff: 60,
      nomorSep: ctx.reserveSep(partner, '2026-02-03'),
      jkkBenefitPaid: 14_900_000,
    });
    const fraud: BuiltClaim[] = [
      ctx.claim({ member: m, facility: rs, masuk: '2026-02-18', cbg: 'S-5-12-0', dx: ['S42.2'], dpjp: 6 }),
      ctx.claim({ member: m, facility: rs, masuk: '2026-03-10', cbg: 'S-5-12-0', dx: ['S42.2'], dpjp: 6 }),
    ];
    for (let week = 0; week < 4; week++)
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: addDays('2026-03-26', 7 * week),
          cbg: 'Z-3-12-0',
          dx: ['Z50.1', 'S42.2'],
          px: ['93.39'],
          dpjp: 9,
        }),
      );
    return { fraud };
  },
});
