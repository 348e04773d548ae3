// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and
// severity"; the claim's special CMG top-ups include SA, sub-acute care (DOMAIN.md section 2).
// Sub-acute care after a stroke is rehabilitation: physiotherapy, speech and swallowing
// therapy. Here mild cerebral infarctions (norm six days) are kept 13-15 days and billed the
// sub-acute top-up SA-01, with no rehabilitation on the bill and no further imaging after the
// first day: the second week is a bed, not sub-acute care. A third go home at own request, as
// if the family had wanted the long stay.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-LOS-53',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Infark serebral ringan (norma enam hari) dirawat 13-15 hari dan ditagih top-up sub-akut SA-01 tanpa rehabilitasi di tagihan dan tanpa pencitraan setelah hari pertama; sepertiga pulang atas permintaan sendiri.',
    en: 'Mild cerebral infarctions (norm six days) kept 13-15 days and billed the sub-acute top-up SA-01, with no rehabilitation on the bill and no imaging after the first day; a third go home at own request.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'C', offset: [-0.03, 0.02] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const patients = [
      ['L', '1952-04-04', '2026-01-08', 13],
      ['P', '1957-09-18', '2026-01-29', 14],
      ['L', '1949-02-27', '2026-02-19', 15],
      ['P', '1960-06-10', '2026-03-12', 13],
      ['L', '1955-11-22', '2026-04-02', 14],
      ['P', '1947-07-05', '2026-04-23', 15],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'G-4-14-I',
        dx: ['I63.9', 'I10'],
        px: ['87.03'],
        specialCmg: ['SA-01'],
        discharge: i % 3 === 2 ? 3 : 1,
        dpjp: neurologist,
        scale: times(bill(i), { tarif_kamar: los / 6, tarif_keperawatan: los / 6 }),
        components: { tarif_rehabilitasi: 0 },
        sep: igd({ masukAt: '16:40', pulangAt: '09:30' }),
      }),
    );
    return { fraud };
  },
});
