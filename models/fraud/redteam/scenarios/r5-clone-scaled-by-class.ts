// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". A copier who knows that equal bills are compared
// rescales: one dengue stay's bill is reused for patients of every care class, each component
// multiplied by the class's tariff ratio (class 1 x1.4, class 2 x1.2, PMK 3/2023) and a small
// factor per patient, so no two bills are equal while every bill is the same bill in
// proportion; three doctors, five weeks.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { componentsOf, referredPatient, scaled } from './r5-common.js';

export default defineScenario({
  id: 'RT-CLONE-53',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Tagihan satu rawat inap demam dengue dipakai ulang untuk pasien semua kelas rawat, tiap komponen dikali rasio tarif kelas (kelas 1 x1,4, kelas 2 x1,2) dan faktor kecil per pasien: tidak ada dua tagihan sama, tetapi semuanya tagihan yang sama secara proporsional; tiga dokter, lima minggu.',
    en: 'One dengue stay’s bill is reused for patients of every care class, each component multiplied by the class tariff ratio (class 1 x1.4, class 2 x1.2) and a small factor per patient: no two bills equal, every one the same bill in proportion; three doctors, five weeks.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'C', offset: [0.025, -0.015] });
    const puskesmas = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const doctors = [0, 1, 2].map(() => ctx.doctor({ specialty: 'SP_PD', at: [rs] }));
    const admit = (sex: 'L' | 'P', born: string, day: string, careClass: 1 | 2 | 3, doctor: number) => {
      const segment = careClass === 3 ? 'PBI' : 'PBPU';
      const p = referredPatient(ctx, { sex, birthDate: born, segment, careClass }, puskesmas, rs, day, ['A90']);
      return {
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-13-I',
        dx: ['A90', 'D69.6'],
        px: ['90.59'],
        dpjp: doctors[doctor] ?? 1,
        sep: inap(p.referral),
      } as const;
    };
    const original = ctx.claim(admit('P', '1990-04-16', '2026-02-02', 3, 0));
    const base = componentsOf(original);
    const ratio = { 1: 1.4, 2: 1.2, 3: 1 } as const;
    const copies = [
      ['L', '1985-09-01', '2026-02-06', 1, 1, 1.02],
      ['P', '1979-12-12', '2026-02-11', 2, 2, 0.98],
      ['L', '2002-03-30', '2026-02-16', 3, 0, 1.03],
      ['P', '1994-07-07', '2026-02-23', 1, 2, 0.97],
      ['L', '1988-01-25', '2026-03-02', 2, 1, 1.01],
      ['P', '1996-10-10', '2026-03-09', 3, 2, 0.99],
    ] as const;
    const fraud: BuiltClaim[] = copies.map(([sex, born, day, careClass, doctor, factor]) =>
      ctx.claim({ ...admit(sex, born, day, careClass, doctor), components: scaled(base, () => ratio[careClass] * factor) }),
    );
    return { context: [original], fraud };
  },
});
