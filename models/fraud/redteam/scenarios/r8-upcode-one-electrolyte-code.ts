// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". The coder of a class C private hospital adds one
// complication to ordinary pneumonia stays, hyponatraemia (E87.1), and the grouper lifts the
// stay from severity I to III (J-4-16-III, 2.2 times the tariff). Nothing else changes: four or
// five days (norm of severity I five, of III nine and a half), the chest X-ray and antibiotics
// of a mild pneumonia, no extra laboratory line for a sodium followed up, no infusion beyond
// an ordinary stay's, the bill of a severity-I stay. Two twins at the same hospital are real
// severe pneumonias (respiratory failure, intensive care, ten to twelve days): they must stay out.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UPCODE-81',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Koder RS swasta kelas C menambahkan satu kode komplikasi (hiponatremia E87.1) pada rawat pneumonia biasa sehingga keparahan naik dari I ke III; lama rawat 4-5 hari, tanpa tambahan laboratorium atau cairan, tagihan setara keparahan I. Dua pasien kembar-nya benar berat (gagal napas, ICU, 10-12 hari).',
    en: 'The coder of a class C private hospital adds one complication code (hyponatraemia E87.1) to ordinary pneumonia stays, lifting severity from I to III; four to five days, no extra laboratory or fluids, the bill of a severity-I stay. Two twins at the same hospital are truly severe (respiratory failure, ICU, 10-12 days).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.binjai, hospitalClass: 'C', offset: [0.01, 0.01] });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const days = ['2026-01-12', '2026-01-30', '2026-02-17', '2026-03-05', '2026-03-24', '2026-04-10', '2026-04-29'] as const;
    const mild = billOf('J-4-16-I', 'J-4-16-III');
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 52 + 3 * i, i),
        segment: i % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 2)),
        cbg: 'J-4-16-III',
        dx: ['J18.9', 'E87.1'],
        px: ['87.44', '99.21'],
        dpjp: internists[i % 2] as string,
        coder: 2,
        billedRatio: mild,
        scale: bill(8100 + i),
        sep: igd({ masukAt: hhmm(18 + (i % 5), 10 + 5 * i) }),
      });
    });
    // real severe pneumonias: respiratory failure, intensive care, oxygen, a long stay, their bills
    const nearMiss: BuiltClaim[] = (
      [
        ['L', '1950-06-11', '2026-02-08', 11, 4],
        ['P', '1946-10-02', '2026-04-03', 12, 5],
      ] as const
    ).map(([sex, born, day, los, icu], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'J-4-16-III',
        dx: ['J18.9', 'J96.0', 'E87.1'],
        px: ['87.44', '93.96', '99.21'],
        dpjp: internists[i] as string,
        coder: 1,
        icuDays: icu,
        billedRatio: 0.92,
        scale: times(bill(8110 + i), { tarif_laboratorium: 1.5, tarif_obat: 1.3 }),
        sep: igd({ masukAt: hhmm(2 + 3 * i, 40) }),
      }),
    );
    return { fraud, nearMiss };
  },
});
