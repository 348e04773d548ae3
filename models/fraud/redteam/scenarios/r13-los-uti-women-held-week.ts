// DOMAIN.md section 3, PROLONGED_LOS, on a short medical group: a new class C private hospital in
// Bengkalis (Riau) treats women's urinary tract infections (N-4-11-I) in two to four days through
// its emergency room (sixteen stays, context). In its emptiest weeks the ward keeps three afebrile
// women on oral antibiotics for seven days: the room and nursing lines of seven days, no second
// culture, no imaging, no change of antibiotic, the same internist.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const HELD = new Set([3, 9, 14]);
const HELD_DAYS = 7;

export default defineScenario({
  id: 'RT-LOS-132',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Bengkalis merawat infeksi saluran kemih perempuan dua sampai empat hari lewat IGD; pada minggu-minggu paling sepi bangsal menahan tiga pasien yang sudah tidak demam dengan antibiotik oral selama tujuh hari: kamar dan keperawatan tujuh hari, tanpa kultur ulang, tanpa pencitraan, tanpa ganti antibiotik.',
    en: 'A new class C private hospital in Bengkalis treats women’s urinary tract infections in two to four days through its emergency room; in the emptiest weeks the ward keeps three afebrile women on oral antibiotics for seven days: seven days of room and nursing, no repeat culture, no imaging, no change of antibiotic.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bengkalis, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-09', 16, 8).forEach((day, i) => {
      const held = HELD.has(i);
      const los = held ? HELD_DAYS : 2 + (i % 3);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 22 + ((i * 4) % 40), sex: 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'N-4-11-I',
        dx: ['N39.0'],
        px: [],
        dpjp: internist,
        scale: times(bill(13_600 + i), { tarif_kamar: los / 3, tarif_keperawatan: los / 3 }),
        sep: igd({ masukAt: hhmm(12 + (i % 10), (29 * i) % 60) }),
      });
      (held ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
