// DOMAIN.md section 3, PROLONGED_LOS, on head injuries: a new class D private hospital in Sendawar
// (Kutai Barat, East Kalimantan) observes mild head injuries (concussion, scalp wounds) for two
// days after a head CT that shows nothing (S-4-10-I; sixteen stays, context: villagers, farmers and
// motorbike riders, not wage earners). Four patients with the same normal CT and a normal
// neurological chart are kept six or seven days "for observation": the room and nursing lines of a
// week, no second CT, no neurologist, no complication coded.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const KEPT = new Set([2, 7, 12, 17]);

export default defineScenario({
  id: 'RT-LOS-142',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas D baru di Sendawar (Kutai Barat) mengobservasi cedera kepala ringan dua hari setelah CT kepala normal. Empat pasien dengan CT dan status neurologis yang sama normalnya ditahan enam atau tujuh hari "untuk observasi": kamar dan keperawatan seminggu, tanpa CT ulang, tanpa dokter saraf, tanpa komplikasi.',
    en: 'A new class D private hospital in Sendawar (Kutai Barat) observes mild head injuries for two days after a normal head CT. Four patients with the same normal CT and neurological chart are kept six or seven days “for observation”: a week of room and nursing, no second CT, no neurologist, no complication.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.kutaiBarat, hospitalClass: 'D' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-04', 20, 7.4).forEach((day, i) => {
      const kept = KEPT.has(i);
      const los = kept ? 6 + (i % 2) : 2;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 12 + ((i * 9) % 55) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'S-4-10-I',
        dx: i % 3 === 1 ? ['S06.0', 'S01.8'] : ['S06.0'],
        px: ['87.03'],
        dpjp: surgeon,
        scale: times(bill(18_000 + i), { tarif_kamar: los / 2, tarif_keperawatan: los / 2 }),
        sep: igd({ masukAt: hhmm((15 + 3 * i) % 24, (7 * i) % 60) }),
      });
      (kept ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
