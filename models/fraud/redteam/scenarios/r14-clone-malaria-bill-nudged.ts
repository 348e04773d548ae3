// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor or day", moved off the same day and the same doctor. The class D government
// hospital of Piru (Seram Bagian Barat, Maluku) treats falciparum malaria in three or four days
// (A-4-14-I with a blood film; eighteen stays, context, each bill its own). One patient's bill from
// January is copied onto four later patients' claims, weeks apart and under both of its doctors:
// the same diagnosis, procedure, stay length and every line of the bill, only the drugs line moved
// by a few thousand rupiah so that no two totals match.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf, scaled } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const TEMPLATE = 3;
const COPIES = new Set([7, 11, 15, 19]);

export default defineScenario({
  id: 'RT-CLONE-141',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RSUD kelas D di Piru (Seram Bagian Barat) merawat malaria falsiparum tiga sampai empat hari, setiap tagihan berbeda. Tagihan satu pasien bulan Januari disalin ke klaim empat pasien berikutnya, berminggu-minggu kemudian dan di bawah kedua dokternya: diagnosis, prosedur, lama rawat dan setiap komponen sama, hanya komponen obat digeser beberapa ribu rupiah agar totalnya tidak pernah sama.',
    en: 'The class D government hospital of Piru (Seram Bagian Barat) treats falciparum malaria in three or four days, each bill its own. One January patient’s bill is copied onto four later patients’ claims, weeks apart and under both of its doctors: same diagnosis, procedure, stay and every line, only the drugs line moved by a few thousand rupiah so that no two totals match.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.seramBagianBarat, hospitalClass: 'D', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const gp = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let template: BuiltClaim | undefined;
    every('2026-01-05', 22, 6.4).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 8 + ((i * 7) % 52) });
      const stay = { member, facility: rs, masuk: day, cbg: 'A-4-14-I', dx: ['B50.9'], px: ['90.59'] } as const;
      const sep = igd({ masukAt: hhmm(6 + ((i * 5) % 16), (37 * i) % 60) });
      if (COPIES.has(i) && template) {
        const nudge = 1 + 0.004 * (i % 4) + 0.002;
        fraud.push(
          ctx.claim({
            ...stay,
            pulang: addDays(day, 4),
            dpjp: i % 2 ? gp : internist,
            components: scaled(componentsOf(template), (k) => (k === 'tarif_obat' ? nudge : 1)),
            sep,
          }),
        );
        return;
      }
      const claim = ctx.claim({ ...stay, pulang: addDays(day, 3 + (i % 2)), dpjp: i % 3 ? internist : gp, scale: bill(18_100 + i), sep });
      if (i === TEMPLATE) template = claim;
      context.push(claim);
    });
    return { fraud, context };
  },
});
