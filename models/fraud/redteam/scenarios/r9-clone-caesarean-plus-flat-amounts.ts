// DOMAIN.md section 3, CLONING ("near-identical diagnosis/procedure/tariff vectors across
// different patients"), nudged by adding, not multiplying: a class C private hospital in Kutai
// Kartanegara copies one real caesarean's 18-line bill onto other mothers' claims and, so that
// no two are equal, adds a flat Rp 5,000 to Rp 45,000 to each billed line (the zero lines stay
// zero). Ratios between copies then differ line by line, while every line differs from the
// template by less than Rp 50,000. Two obstetricians, different weeks, the same diagnosis list.
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-CLONE-91',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas C di Kutai Kartanegara menyalin tagihan 18 baris satu seksio sesarea ke klaim ibu-ibu lain dan menambahkan Rp 5.000-45.000 tetap pada setiap baris yang terisi; dua dokter kandungan, minggu berbeda, diagnosis sama.',
    en: 'A class C private hospital in Kutai Kartanegara copies one caesarean’s 18-line bill onto other mothers’ claims and adds a flat Rp 5,000-45,000 to each billed line; two obstetricians, different weeks, the same diagnoses.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.kutaiKartanegara, hospitalClass: 'C' });
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const caesarean = (day: string, i: number, components?: Partial<Record<TariffComponent, number>>) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 22 + ((i * 3) % 17), sex: 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'O-6-10-I',
        dx: ['O82.9', 'O34.2'],
        px: ['74.1'],
        dpjp: obstetricians[i % 2] as string,
        scale: bill(9080 + i),
        ...(components ? { components } : {}),
        sep: igd({ masukAt: hhmm(4 + ((i * 5) % 18), (19 * i) % 60) }),
      });
    const template = caesarean('2026-01-08', 0);
    const lines = componentsOf(template);
    const fraud = every('2026-01-22', 8, 15).map((day, n) =>
      caesarean(
        day,
        1 + n,
        Object.fromEntries(
          TARIFF_COMPONENTS.map(([c], k) => {
            const v = lines[c] ?? 0;
            return [c, v > 0 ? v + 5_000 * (1 + ((n * 3 + k * 5) % 9)) : 0];
          }),
        ),
      ),
    );
    return { fraud, context: [template] };
  },
});
