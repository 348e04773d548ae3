// Near miss of UPCODING ("severity-III share vs peers of same hospital class and CBG"). The
// class A government teaching hospital of Banyumas takes the referrals of a whole residency
// (western Central Java): head injuries for craniotomy, myocardial infarctions for primary PCI,
// leukaemia, liver failure bleeding, extreme preterm babies, HIV with tuberculosis. Its
// severity-III share is far above a district hospital's, and each severe stay shows why:
// the operation or intervention coded, intensive care, ventilator hours, transfusions,
// endoscopy, long stays. Most patients arrive on another hospital's referral.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Specialty } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { couple, newborn } from './r7-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

interface Stay {
  readonly cbg: string;
  readonly dx: readonly string[];
  readonly px: readonly string[];
  readonly specialty: Specialty;
  readonly age: number;
  readonly los: number;
  readonly icu?: number;
  readonly vent?: number;
  readonly topup?: readonly string[];
  readonly laterality?: readonly ('N' | 'R' | 'L' | 'B')[];
  /** A woman's condition (obstetric). */
  readonly woman?: boolean;
  /** The chemotherapy drugs the SD-02 top-up pays for, on their own line (rupiah). */
  readonly chemo?: number;
}

const STAYS: readonly Stay[] = [
  {
    cbg: 'G-1-10-III',
    dx: ['S06.5', 'J18.9'],
    px: ['01.24', '87.03', '96.04'],
    specialty: 'SP_B',
    age: 34,
    los: 18,
    icu: 5,
    vent: 60,
    topup: ['SI-01'],
  },
  {
    cbg: 'I-1-40-II',
    dx: ['I21.0', 'I10'],
    px: ['00.66', '36.06', '88.72'],
    specialty: 'SP_JP',
    age: 57,
    los: 5,
    icu: 2,
    topup: ['SP-01'],
  },
  {
    cbg: 'J-4-16-III',
    dx: ['J18.9', 'J96.0', 'E87.1'],
    px: ['87.44', '96.04', '96.71'],
    specialty: 'SP_P',
    age: 68,
    los: 12,
    icu: 4,
    vent: 44,
  },
  { cbg: 'B-4-13-III', dx: ['K74.6', 'K92.0', 'D64.9'], px: ['45.13', '99.04'], specialty: 'SP_PD', age: 52, los: 10, icu: 2 },
  {
    cbg: 'C-4-12-III',
    dx: ['C92.0', 'D61.9', 'A41.9'],
    px: ['99.25', '99.04', '38.93'],
    specialty: 'SP_PD',
    age: 23,
    los: 21,
    topup: ['SD-02'],
    chemo: 3_900_000,
  },
  { cbg: 'P-8-17-III', dx: ['P07.1', 'P22.0', 'P36.9'], px: ['96.04', '93.96'], specialty: 'SP_A', age: 0, los: 26, icu: 12, vent: 80 },
  {
    cbg: 'G-4-13-III',
    dx: ['I61.9', 'J18.9', 'I10'],
    px: ['87.03', '87.44'],
    specialty: 'SP_N',
    age: 61,
    los: 14,
    icu: 3,
    topup: ['SI-01'],
  },
  { cbg: 'A-4-10-III', dx: ['A41.9', 'N17.9', 'R57.0'], px: ['39.95', '38.93', '90.59'], specialty: 'SP_PD', age: 49, los: 11, icu: 5 },
  { cbg: 'K-1-14-III', dx: ['K56.6', 'E87.6', 'D64.9'], px: ['54.11', '99.04'], specialty: 'SP_B', age: 71, los: 13, icu: 3 },
  { cbg: 'I-4-12-III', dx: ['I50.0', 'N17.9', 'I48'], px: ['88.72', '89.52', '87.44'], specialty: 'SP_JP', age: 66, los: 10, icu: 2 },
  { cbg: 'A-4-12-III', dx: ['A15.0', 'B20.9', 'E44.0'], px: ['87.44', '33.24'], specialty: 'SP_P', age: 31, los: 15 },
  { cbg: 'M-1-30-II', dx: ['S72.0', 'I10'], px: ['81.51'], specialty: 'SP_OT', age: 74, los: 8, topup: ['RR-01'], laterality: ['L'] },
  // and the ordinary stays a teaching hospital has too
  { cbg: 'K-1-12-I', dx: ['K35.8'], px: ['47.09'], specialty: 'SP_B', age: 19, los: 3 },
  { cbg: 'O-6-10-I', dx: ['O82.9', 'O34.2'], px: ['74.1'], specialty: 'SP_OG', age: 31, los: 3, woman: true },
  { cbg: 'J-4-19-I', dx: ['J45.9'], px: ['93.96'], specialty: 'SP_P', age: 27, los: 3 },
];

export default defineScenario({
  id: 'RT-NM-TEACHING-81',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pendidikan pemerintah kelas A di Banyumas menerima rujukan se-eks-karesidenan: kraniotomi, IKP primer, leukemia, perdarahan sirosis, bayi sangat prematur, HIV dengan TB; proporsi keparahan III jauh di atas RS kabupaten, setiap rawat berat didukung tindakan, ICU, ventilator, transfusi, endoskopi dan lama rawat panjang.',
    en: 'The class A government teaching hospital of Banyumas takes a residency’s referrals: craniotomy, primary PCI, leukaemia, cirrhotic bleeding, extreme preterm babies, HIV with TB; its severity-III share is far above a district hospital’s, each severe stay backed by its operation, ICU, ventilator, transfusion, endoscopy and a long stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.banyumas, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const district = ctx.facility({ place: PLACES8.banyumas, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.12, 0.08] });
    const doctors = new Map<Specialty, string>();
    const doctorOf = (s: Specialty): string => {
      const known = doctors.get(s);
      if (known) return known;
      const id = ctx.doctor({ specialty: s, at: [rs] });
      doctors.set(s, id);
      return id;
    };
    const nearMiss: BuiltClaim[] = STAYS.map((s, i) => {
      const day = addDays('2026-01-12', 8 * i);
      const member =
        s.age === 0
          ? newborn(ctx, {
              ...couple(ctx, { regency: rs.regency, fatherBorn: '1990-05-14', motherBorn: '1994-08-02', segment: 'PBI', careClass: 3 }),
              sex: 'P',
              born: day,
              registeredAfter: 0,
            })
          : ctx.member({
              sex: s.woman || i % 2 === 0 ? 'P' : 'L',
              birthDate: bornBefore(day, s.age, i),
              segment: i % 3 ? 'PBI' : 'PPU',
              careClass: i % 3 ? 3 : 1,
              regency: rs.regency,
            });
      // two in three come on the district hospital's referral, the others through the emergency room
      const sep = i % 3 === 2 || s.age === 0 ? igd({ masukAt: hhmm(3 + (i % 18), 20) }) : inap(ctx.hospitalReferral(district, day));
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, s.los),
        cbg: s.cbg,
        dx: [...s.dx],
        px: [...s.px],
        ...(s.laterality ? { laterality: s.laterality } : {}),
        ...(s.icu ? { icuDays: s.icu } : {}),
        ...(s.vent ? { ventilatorHours: s.vent } : {}),
        ...(s.topup ? { specialCmg: s.topup } : {}),
        ...(s.chemo ? { components: { tarif_obat_kemoterapi: s.chemo } } : {}),
        dpjp: doctorOf(s.specialty),
        billedRatio: 1.05,
        scale: times(bill(10_600 + i), { tarif_laboratorium: 1.3 }),
        sep,
      });
    });
    return { nearMiss };
  },
});
