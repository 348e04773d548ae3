// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and
// severity". Variant: uncomplicated appendectomies (norm 3 days) kept 6-7 days, the room and
// nursing billed to match, at a clean-history hospital; modestly past the line, not double.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

/** Each patient's own bill: drugs, tests and consumables differ from one patient to the next. */
const own = (i: number) => ({
  tarif_obat: 0.86 + 0.07 * (i % 4),
  tarif_laboratorium: 1.1 - 0.05 * (i % 5),
  tarif_bmhp: 0.93 + 0.04 * (i % 3),
  tarif_keperawatan: 0.95 + 0.03 * (i % 4),
  tarif_tenaga_ahli: 1.06 - 0.04 * (i % 3),
  tarif_penunjang: 0.9 + 0.05 * ((i + 1) % 4),
  tarif_radiologi: 1.08 - 0.06 * ((i + 2) % 3),
  tarif_kamar: 0.97 + 0.02 * (i % 3),
});

export default defineScenario({
  id: 'RT-LOS-31',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Apendektomi tanpa komplikasi (norma 3 hari) dirawat 6-7 hari dengan biaya kamar dan keperawatan menyesuaikan, di rumah sakit tanpa riwayat.',
    en: 'Uncomplicated appendectomies (norm 3 days) kept 6-7 days, room and nursing billed to match, at a clean-history hospital.',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const patients = [
      ['L', '2004-05-19', '2026-01-06', 6],
      ['P', '1998-12-01', '2026-01-27', 7],
      ['L', '2010-02-22', '2026-02-10', 6],
      ['P', '1989-08-08', '2026-03-02', 7],
      ['L', '1979-04-30', '2026-03-30', 6],
      ['P', '2007-10-10', '2026-04-21', 7],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, masuk, days], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk,
        pulang: addDays(masuk, days),
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: 4,
        // a ward day costs what it costs: room and nursing grow with the days kept
        scale: { ...own(i), tarif_kamar: days / 3, tarif_keperawatan: days / 3 },
      }),
    );
    return { fraud };
  },
});
