// Near miss of PHANTOM_BILLING (RT-PHANTOM-111's honest twin): a whole family at the clinic on one
// day, for real. Hepatitis A spreads within a household by shared food and water; several members
// turn yellow within days of each other. In Bireuen (Aceh) three families are sick together in
// the wet season: each member is seen at the family's puskesmas (P-Care sick visit, B15.9) and
// referred the same morning for liver tests to the class C government hospital, where the
// internist sees the adults and the paediatrician the children; each comes back two weeks later
// for a control on the clinic's referral. Every visit has its own P-Care visit or follow-up
// letter behind it.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, FamilyRole, Referral } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES11 } from './r11-common.js';

/** Each family: the day it is seen, and its members (role, sex, age). */
const FAMILIES: ReadonlyArray<{ day: string; people: ReadonlyArray<readonly [FamilyRole, 'L' | 'P', number]> }> = [
  {
    day: '2026-01-20',
    people: [
      ['KEPALA', 'L', 41],
      ['PASANGAN', 'P', 37],
      ['ANAK', 'P', 12],
      ['ANAK', 'L', 9],
    ],
  },
  {
    day: '2026-02-24',
    people: [
      ['KEPALA', 'L', 35],
      ['ANAK', 'L', 10],
      ['ANAK', 'P', 7],
    ],
  },
  {
    day: '2026-04-07',
    people: [
      ['KEPALA', 'L', 46],
      ['PASANGAN', 'P', 44],
      ['ANAK', 'L', 17],
      ['FAMILI_LAIN', 'P', 68],
    ],
  },
];

export default defineScenario({
  id: 'RT-NM-HEPATITIS-111',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Di Bireuen tiga keluarga terkena hepatitis A bersama-sama: setiap anggota diperiksa di puskesmas keluarga (kunjungan P-Care, B15.9) dan dirujuk pagi itu ke poli RS pemerintah kelas C untuk tes fungsi hati, dewasa ke internis dan anak ke dokter anak; kontrol dua minggu kemudian dengan rujukan poli. Setiap kunjungan punya kunjungan P-Care atau surat kontrol sendiri.',
    en: 'In Bireuen three families fall ill with hepatitis A together: each member is seen at the family’s puskesmas (P-Care visit, B15.9) and referred that morning to the class C government hospital’s clinic for liver tests, adults to the internist and children to the paediatrician; a control two weeks later on the clinic’s referral. Every visit has its own P-Care visit or follow-up letter.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.bireuen, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    let n = 0;
    for (const family of FAMILIES) {
      const household = ctx.household(rs.regency);
      const day = clinicDay(family.day);
      family.people.forEach(([role, sex, age], k) => {
        const i = n++;
        const member = ctx.member({
          sex,
          birthDate: bornBefore(day, age, i),
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
          family: { household, role },
        });
        const dpjp = age < 18 ? paediatrician : internist;
        const visit = (on: string, referral: Referral, seed: number) =>
          ctx.claim({
            member,
            facility: rs,
            masuk: on,
            cbg: 'K-5-14-0',
            dx: ['B15.9'],
            px: ['90.59'],
            dpjp,
            scale: bill(seed),
            sep: jalan(referral, { masukAt: hhmm(10 + (k % 3), 10 * k) }),
          });
        nearMiss.push(visit(day, referredBy(ctx, member, puskesmas, rs, day, ['B15.9']), 14_700 + i));
        const control = clinicDay(addDays(day, 14));
        nearMiss.push(visit(control, ctx.hospitalReferral(rs, day), 14_730 + i));
      });
    }
    return { nearMiss };
  },
});
