// DOMAIN.md section 3, UPCODING: "severity-III share vs peers of same hospital class and CBG".
// A class C government hospital codes its everyday stays (typhoid, gastroenteritis, dengue,
// urinary infection) at severity I through January and February, as its peers do. In March a
// new coder and grouper software arrive, and from then on three stays in four carry one added
// complication (dehydration, anaemia, thrombocytopenia in dengue, acute kidney injury) that
// groups them at severity III. The patients, doctors, lengths of stay and bills are those of
// the months before: the care did not change, the coding did, and it stays high.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

/** The hospital's everyday groups: honest diagnosis, what the new coding adds, procedures, stay. */
const GROUPS = [
  { cmg: 'A-4-11', dx: 'A01.0', added: 'D64.9', px: ['99.21'], los: 4 },
  { cmg: 'K-4-17', dx: 'A09', added: 'E86', px: ['99.18'], los: 3 },
  { cmg: 'A-4-13', dx: 'A91', added: 'D69.6', px: ['90.59'], los: 4 },
  { cmg: 'N-4-11', dx: 'N39.0', added: 'N17.9', px: ['90.59'], los: 3 },
] as const;

export default defineScenario({
  id: 'RT-UPCODE-83',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas C mengode rawat inap sehari-hari (tifoid, gastroenteritis, dengue, ISK) pada keparahan I selama Januari-Februari; sejak Maret koder dan perangkat grouper baru menambah satu komplikasi pada tiga dari empat rawat sehingga keparahan III, dengan pasien, dokter, lama rawat dan tagihan yang sama seperti sebelumnya.',
    en: 'A class C government hospital codes its everyday stays (typhoid, gastroenteritis, dengue, urinary infection) at severity I through January and February; from March a new coder and grouper software add one complication to three stays in four, grouping them at severity III, with the same patients, doctors, stays and bills as before.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.payakumbuh, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let month = 1; month <= 5; month++)
      for (let k = 0; k < 12; k++) {
        const n = (month - 1) * 12 + k;
        const g = GROUPS[k % 4] as (typeof GROUPS)[number];
        const day = `2026-0${month}-${String(2 + 2 * k).padStart(2, '0')}`;
        const child = k % 3 === 0;
        const member = ctx.member({
          sex: n % 2 ? 'P' : 'L',
          birthDate: bornBefore(day, child ? 6 + (n % 8) : 24 + (n % 45), n),
          segment: n % 3 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        });
        // from March the new coder (3) adds a complication to three stays in four
        const coded = month >= 3 && k % 4 !== 3;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          // stays spread around the group's severity-I mean, one day under to one over, coded or not
          pulang: addDays(day, g.los + (n % 3) - 1),
          cbg: `${g.cmg}-${coded ? 'III' : 'I'}`,
          dx: coded ? [g.dx, g.added] : [g.dx],
          px: [...g.px],
          dpjp: child ? paediatrician : (doctors[n % 2] as string),
          coder: month >= 3 ? 3 : 1,
          billedRatio: coded ? billOf(`${g.cmg}-I`, `${g.cmg}-III`) : 0.85,
          scale: bill(8300 + n),
          sep: igd({ masukAt: hhmm(17 + (n % 6), (7 * n) % 60) }),
        });
        (coded ? fraud : context).push(claim);
      }
    return { fraud, context };
  },
});
