// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients". Whole-bill copies and copies nudged by a fraction of a percent are
// caught, so the copier keeps the template's per-case lines to the rupiah (theatre, surgeon,
// drugs, laboratory, consumables, devices) and recomputes only the per-day lines, room and
// nursing, for a stay of two, three or four days. Among six honest inguinal hernia repairs of
// the same two surgeons (bills that differ as patients do), seven other patients get the copy.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, componentsOf, referredPatient } from './r5-common.js';
import type { PatientRow } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

/** Lines a hospital bills per day of stay (room and board, nursing). */
const PER_DAY: readonly TariffComponent[] = ['tarif_kamar', 'tarif_keperawatan'];

export default defineScenario({
  id: 'RT-CLONE-61',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Di antara enam operasi hernia inguinalis yang jujur, tujuh pasien lain mendapat salinan satu tagihan: jasa operasi, dokter, obat, laboratorium, BMHP dan alat sama sampai rupiah, hanya kamar dan keperawatan dihitung ulang untuk dua, tiga atau empat hari.',
    en: 'Among six honest inguinal hernia repairs, seven other patients get a copy of one bill: theatre, surgeon, drugs, laboratory, consumables and devices identical to the rupiah, only room and nursing recomputed for two, three or four days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.manado, hospitalClass: 'C', offset: [0.01, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const repair = (row: PatientRow, los: number, i: number) => {
      const [sex, born, day] = row;
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['K40.9']);
      return {
        member: p.member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [i % 3 === 0 ? 'L' : 'R'] as const,
        dpjp: surgeons[i % 2] as string,
        sep: inap(p.referral),
      };
    };
    const honest: PatientRow[] = [
      ['L', '1968-03-02', '2026-01-12'],
      ['L', '1955-10-19', '2026-01-27'],
      ['L', '1979-06-08', '2026-02-16'],
      ['P', '1962-01-23', '2026-03-09'],
      ['L', '1949-08-30', '2026-04-06'],
      ['L', '1985-12-14', '2026-05-04'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) => ctx.claim({ ...repair(row, 2 + (i % 3), i), scale: bill(20 + i) }));
    const template = componentsOf(context[0] as BuiltClaim);
    const copies: PatientRow[] = [
      ['L', '1971-05-17', '2026-01-19'],
      ['L', '1958-02-26', '2026-02-04'],
      ['L', '1966-09-11', '2026-02-25'],
      ['L', '1952-04-04', '2026-03-16'],
      ['P', '1974-07-21', '2026-04-13'],
      ['L', '1960-11-08', '2026-04-27'],
      ['L', '1977-01-30', '2026-05-11'],
    ];
    const fraud: BuiltClaim[] = copies.map((row, n) => {
      const los = 2 + (n % 3);
      const components = { ...template };
      // the template (the first honest repair) is a two-day stay: per-day lines rescaled to this stay's days
      for (const c of PER_DAY) components[c] = Math.round(((template[c] ?? 0) * los) / 2 / 100) * 100;
      return ctx.claim({ ...repair(row, los, n + 1), components });
    });
    return { context, fraud };
  },
});
