// DOMAIN.md section 3, CLONING. A copier who knows component vectors are compared keeps what
// an auditor and a claims reviewer look at, the total, and moves money between lines: one
// pneumonia bill's total, to the rupiah, is billed for eight other patients over four months,
// each time with a different split between drugs, laboratory, radiology, support services and
// consumables (up to 15% moved), the same five days, codes and internists. Eight honest
// pneumonia stays of the same doctors sit beside them with their own totals.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import type { PatientRow } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

/** Lines the copier moves money between, in pairs (from, to). */
const MOVES: ReadonlyArray<readonly [TariffComponent, TariffComponent]> = [
  ['tarif_obat', 'tarif_laboratorium'],
  ['tarif_bmhp', 'tarif_radiologi'],
  ['tarif_penunjang', 'tarif_obat'],
];

export default defineScenario({
  id: 'RT-CLONE-62',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Total tagihan satu rawat pneumonia, sampai rupiah, ditagihkan untuk delapan pasien lain selama empat bulan, setiap kali dengan pembagian berbeda antara obat, laboratorium, radiologi, penunjang dan BMHP (hingga 15% dipindah); lima hari, kode dan dokter penyakit dalam sama.',
    en: 'One pneumonia bill’s total, to the rupiah, billed for eight other patients over four months, each time split differently between drugs, laboratory, radiology, support services and consumables (up to 15% moved); the same five days, codes and internists.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.pontianak, hospitalClass: 'B', offset: [0.02, -0.01] });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const stay = (row: PatientRow, i: number) => {
      const [sex, born, day] = row;
      return {
        member: ctx.member({ sex, birthDate: born, segment: 'PBI' as const, careClass: 3 as const, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '99.21'],
        dpjp: internists[i % 2] as string,
        sep: igd({ masukAt: hhmm(14 + (i % 8), 5 * i) }),
      };
    };
    const honest: PatientRow[] = [
      ['L', '1958-04-03', '2026-01-05'],
      ['P', '1963-11-21', '2026-01-22'],
      ['L', '1949-07-14', '2026-02-09'],
      ['P', '1970-02-27', '2026-02-26'],
      ['L', '1955-09-08', '2026-03-13'],
      ['P', '1967-05-19', '2026-03-31'],
      ['L', '1952-12-24', '2026-04-17'],
      ['P', '1960-08-06', '2026-05-06'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) => ctx.claim({ ...stay(row, i), scale: bill(30 + i) }));
    // the first honest stay, billed before any copy
    const template = componentsOf(context[0] as BuiltClaim);
    const copies: PatientRow[] = [
      ['P', '1957-03-15', '2026-01-13'],
      ['L', '1964-10-02', '2026-01-30'],
      ['P', '1951-06-28', '2026-02-17'],
      ['L', '1969-01-11', '2026-03-04'],
      ['P', '1953-08-19', '2026-03-23'],
      ['L', '1966-04-25', '2026-04-08'],
      ['P', '1959-11-30', '2026-04-24'],
      ['L', '1962-07-07', '2026-05-12'],
    ];
    const fraud: BuiltClaim[] = copies.map((row, n) => {
      const components = { ...template };
      // 4-15% of one line moved to another, a different pair and share each copy: the total never changes
      const [from, to] = MOVES[n % MOVES.length] as readonly [TariffComponent, TariffComponent];
      const moved = Math.round(((template[from] ?? 0) * (0.04 + 0.015 * n)) / 100) * 100;
      components[from] = (template[from] ?? 0) - moved;
      components[to] = (template[to] ?? 0) + moved;
      return ctx.claim({ ...stay(row, n + 1), components });
    });
    return { context, fraud };
  },
});
