// DOMAIN.md section 2 (radiology is one of the 18 tariff components; imaging is coded as a
// procedure and CT and MRI carry special-investigation top-ups) and section 3, INFLATED_BILL.
// Ward stays of ordinary groups (typhoid, urinary tract infection, gastroenteritis) at a
// private class C hospital bill Rp1.6-2.4 million of radiology, a CT scan's worth, where the
// claim codes one chest X-ray or no imaging at all and no CT top-up: the radiology line of
// films nobody took.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-INFLATED-71',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Rawat inap kelompok biasa (tifoid, ISK, gastroenteritis) di RS swasta kelas C menagih radiologi Rp1,6-2,4 juta, setara CT scan, padahal klaim hanya mengode satu foto toraks atau tanpa pencitraan dan tanpa top-up CT.',
    en: 'Ward stays of ordinary groups (typhoid, urinary tract infection, gastroenteritis) at a private class C hospital bill Rp1.6-2.4 million of radiology, a CT scan’s worth, where the claim codes one chest X-ray or no imaging and no CT top-up.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.lhokseumawe, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const groups = [
      { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21', '87.44'] },
      { cbg: 'N-4-11-I', dx: ['N39.0'], px: ['99.21'] },
      { cbg: 'K-4-17-I', dx: ['A09', 'E86'], px: ['99.18'] },
    ] as const;
    const patients = [
      ['L', '1983-05-22', '2026-01-13', 1_650_000],
      ['P', '1971-10-08', '2026-02-03', 2_100_000],
      ['L', '1996-01-17', '2026-02-24', 1_900_000],
      ['P', '1964-07-29', '2026-03-17', 2_400_000],
      ['L', '1989-12-04', '2026-04-07', 1_750_000],
      ['P', '1977-03-26', '2026-04-28', 2_250_000],
      ['L', '2000-08-13', '2026-05-19', 1_600_000],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, radiology], i) => {
      const g = groups[i % 3] as (typeof groups)[number];
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PPU', careClass: i % 2 ? 3 : 2, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: g.cbg,
        dx: g.dx,
        px: g.px,
        dpjp: internist,
        scale: bill(860 + i),
        components: { tarif_radiologi: radiology },
        sep: igd({ masukAt: hhmm(11 + (i % 9), 45) }),
      });
    });
    return { fraud };
  },
});
