import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-PHANTOM-04',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Rumah sakit membuat SEP mundur 15-25 hari untuk kunjungan poli saraf yang tidak pernah terjadi, memakai kartu peserta yang pernah berobat di sana.',
    en: 'A hospital issues SEPs 15-25 days late for neurology outpatient visits that never happened, using cards of members who were once treated there.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'C', offset: [-0.02, 0.02] });
    const visits = [
      ['P', '1977-03-12', '2026-02-03', 15],
      ['L', '1969-08-25', '2026-02-10', 21],
      ['P', '1984-01-07', '2026-03-02', 25],
      ['L', '1958-10-30', '2026-03-16', 18],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    for (const [sex, born, day, late] of visits) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.makassar.regency });
      // the genuine visit the card is known from, months earlier
      context.push(
        ctx.claim({ member: m, facility: rs, masuk: addDays(day, -120), cbg: 'G-5-18-0', dx: ['G43.9'], px: ['89.52'], dpjp: 4 }),
      );
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          tglSep: addDays(day, late),
          submitted: addDays(day, late + 5),
          cbg: 'G-5-18-0',
          dx: ['G43.9'],
          px: ['89.52'],
          dpjp: 4,
        }),
      );
    }
    return { context, fraud };
  },
});
