// DOMAIN.md section 3, PHANTOM_BILLING: "a claim for a service never given". A new class C private
// hospital in Sumedang sees a child each month on a genuine puskesmas referral (a P-Care sick
// visit that writes the letter) at its paediatric clinic. Every time, the hospital also opens SEPs
// for the other members of the child's family card who came along or stayed home (father, mother,
// brothers and sisters), each a minor acute complaint under the same paediatrician, with referral
// numbers in the puskesmas' series that no P-Care visit wrote. Four families, three months each:
// the family card supplies the names, the child's visit the day.
import { defineScenario } from '../types.js';
import type { BuiltClaim, FamilyRole, Member } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES11 } from './r11-common.js';

/** Complaints billed for the members who were not seen. */
const MINOR = [['J06.9'], ['A09'], ['R50.9'], ['J02.9'], ['K30']] as const;

/** Each family's members (role, sex, age); the first child is the one really seen. */
const FAMILIES: ReadonlyArray<ReadonlyArray<readonly [FamilyRole, 'L' | 'P', number]>> = [
  [
    ['ANAK', 'P', 6],
    ['KEPALA', 'L', 36],
    ['PASANGAN', 'P', 32],
    ['ANAK', 'L', 10],
  ],
  [
    ['ANAK', 'L', 4],
    ['KEPALA', 'L', 41],
    ['PASANGAN', 'P', 38],
    ['ANAK', 'P', 13],
    ['ANAK', 'L', 8],
  ],
  [
    ['ANAK', 'P', 9],
    ['KEPALA', 'L', 33],
    ['PASANGAN', 'P', 30],
  ],
  [
    ['ANAK', 'L', 7],
    ['KEPALA', 'L', 45],
    ['PASANGAN', 'P', 42],
    ['ANAK', 'P', 15],
  ],
];

export default defineScenario({
  id: 'RT-PHANTOM-111',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Sumedang memeriksa seorang anak setiap bulan dengan rujukan puskesmas yang asli; setiap kali RS juga membuka SEP untuk anggota KK lainnya (ayah, ibu, saudara) dengan keluhan ringan pada dokter anak yang sama, memakai nomor rujukan seri puskesmas yang tidak pernah ditulis kunjungan P-Care. Empat keluarga, tiga bulan.',
    en: 'A new class C private hospital in Sumedang sees a child each month on a genuine puskesmas referral; every time it also opens SEPs for the other members of the family card (father, mother, siblings), each a minor complaint under the same paediatrician, with referral numbers in the puskesmas’ series that no P-Care visit wrote. Four families, three months.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.sumedang, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let n = 0;
    FAMILIES.forEach((people, f) => {
      const household = ctx.household(rs.regency);
      const members: Member[] = people.map(([role, sex, age]) =>
        ctx.member({
          sex,
          birthDate: bornBefore('2026-01-15', age, n++),
          segment: f % 2 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
          family: { household, role },
        }),
      );
      for (const month of ['02', '03', '04']) {
        const day = clinicDay(`2026-${month}-${String(6 + 5 * f).padStart(2, '0')}`);
        const [child, ...others] = members as [Member, ...Member[]];
        const visit = (member: Member, k: number, dx: readonly string[], sham: boolean): BuiltClaim =>
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'Q-5-42-0',
            dx: [...dx],
            dpjp: paediatrician,
            scale: bill(15_200 + 20 * f + 5 * Number(month) + k),
            sep: jalan(sham ? ctx.referralWithoutVisit(puskesmas, day) : referredBy(ctx, member, puskesmas, rs, day, [...dx]), {
              masukAt: hhmm(9, 10 + 8 * k),
            }),
          });
        context.push(visit(child, 0, ['J06.9'], false));
        others.forEach((m, k) => fraud.push(visit(m, k + 1, MINOR[(k + f + Number(month)) % MINOR.length] as readonly string[], true)));
      }
    });
    return { fraud, context };
  },
});
