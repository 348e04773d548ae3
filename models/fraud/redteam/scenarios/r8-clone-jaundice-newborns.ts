// DOMAIN.md section 3, CLONING. Newborns of different mothers, born weeks apart at a class C
// private hospital, are readmitted for jaundice (P59.9, P-8-11-I) and billed from one
// template: the first baby's phototherapy stay, every line to the rupiah, three days, the same
// paediatrician. Babies of different weights, bilirubin courses and mothers do not cost the
// same to the rupiah; twins would (RT-NM-TWINS-81), these are not twins.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { couple, newborn } from './r7-common.js';
import { PLACES8 } from './r8-common.js';

export default defineScenario({
  id: 'RT-CLONE-82',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Bayi dari ibu berbeda yang lahir berselang minggu di RS swasta kelas C dirawat ulang karena ikterus (P59.9) dan ditagih dari satu templat: tagihan fototerapi bayi pertama, semua komponen sama sampai rupiah, tiga hari, dokter anak yang sama; bukan bayi kembar.',
    en: 'Newborns of different mothers born weeks apart at a class C private hospital are readmitted with jaundice (P59.9) and billed from one template: the first baby’s phototherapy stay, every line to the rupiah, three days, the same paediatrician; they are not twins.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.pasuruan, hospitalClass: 'C', offset: [0.01, 0.01] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = ['2026-01-07', '2026-01-26', '2026-02-12', '2026-03-01', '2026-03-19', '2026-04-06', '2026-04-23'] as const;
    let template: ReturnType<typeof componentsOf> | null = null;
    const stays: BuiltClaim[] = births.map((born, i) => {
      const { household, mother } = couple(ctx, {
        regency: rs.regency,
        fatherBorn: `${1988 + (i % 6)}-0${1 + (i % 9)}-1${i % 9}`,
        motherBorn: `${1992 + (i % 5)}-1${i % 3}-0${1 + (i % 8)}`,
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
      });
      const baby = newborn(ctx, { household, mother, sex: i % 2 ? 'P' : 'L', born, registeredAfter: 2 });
      const day = addDays(born, 3 + (i % 2));
      const spec = {
        member: baby,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'P-8-11-I',
        dx: ['P59.9'],
        dpjp: paediatrician,
        sep: igd({ masukAt: hhmm(8 + i, 20) }),
      };
      // the first baby's own bill; every later one copies it line by line
      const claim = template ? ctx.claim({ ...spec, components: template }) : ctx.claim({ ...spec, scale: bill(9200) });
      template ??= componentsOf(claim);
      return claim;
    });
    return { context: stays.slice(0, 1), fraud: stays.slice(1) };
  },
});
