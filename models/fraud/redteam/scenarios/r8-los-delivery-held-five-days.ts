// DOMAIN.md section 3, PROLONGED_LOS. Healthy mothers after an uncomplicated vaginal delivery
// (O80.0, severity I, norm two days) are kept five or six days at a class C private maternity
// ward: no complication coded, no blood, no antibiotics beyond a delivery's, no procedure after
// the delivery itself; the newborns go home healthy with them and were never billed. The
// stretch is the room: PPU mothers of class 1 and 2 whose employers' members the hospital courts.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-LOS-82',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Ibu sehat setelah persalinan normal tanpa penyulit (O80.0, keparahan I, norma dua hari) ditahan 5-6 hari di bangsal bersalin RS swasta kelas C: tanpa komplikasi, darah, antibiotik tambahan atau tindakan setelah persalinan; bayi pulang sehat bersama ibunya.',
    en: 'Healthy mothers after an uncomplicated vaginal delivery (O80.0, severity I, norm two days) are kept five to six days on a class C private maternity ward: no complication, blood, extra antibiotics or procedure after the delivery; the babies go home healthy with them.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.mojokerto, hospitalClass: 'C', offset: [-0.01, 0.01] });
    const klinik = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const days = ['2026-01-11', '2026-01-31', '2026-02-21', '2026-03-14', '2026-04-04', '2026-04-25', '2026-05-09'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: 'P',
        birthDate: bornBefore(day, 24 + 2 * i, i),
        segment: 'PPU',
        careClass: i % 2 ? 1 : 2,
        regency: rs.regency,
        worker: { since: '2019-07-01', wage: 4_600_000 + 150_000 * i },
      });
      const los = 5 + (i % 2);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'O-6-13-I',
        dx: ['O80.0'],
        px: ['73.59'],
        dpjp: obstetrician,
        scale: times(bill(8900 + i), { tarif_kamar: los / 2, tarif_keperawatan: los / 2 }),
        sep: inap(referredBy(ctx, member, klinik, rs, addDays(day, -3), ['Z34.9']), { masukAt: hhmm(4 + 3 * (i % 5), 30) }),
      });
    });
    return { fraud };
  },
});
