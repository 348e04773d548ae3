// DOMAIN.md section 3, UPCODING, spread so that no doctor and no month stands out. A class B
// private hospital with a clean history and twelve doctors (internists, paediatricians, a
// pulmonologist) bills some sixty ordinary stays from January to May; the coding office lifts
// one or two stays of every doctor to severity III with a single added complication (anaemia,
// hypokalaemia, dehydration). No blood is given, no electrolyte or fluid line grows, the stays
// last what the doctor's other stays of the group last and cost the same. Per doctor it is one
// stay in four; together it is the hospital's severity-III share three times its peers'.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Specialty } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

const GROUPS = [
  { cmg: 'J-4-16', dx: 'J18.9', px: ['87.44', '99.21'], los: 5 },
  { cmg: 'A-4-11', dx: 'A01.0', px: ['99.21'], los: 4 },
  { cmg: 'K-4-17', dx: 'A09', px: ['99.18'], los: 3 },
  { cmg: 'L-4-10', dx: 'L03.1', px: ['99.21'], los: 4 },
  { cmg: 'N-4-11', dx: 'N39.0', px: ['90.59'], los: 3 },
] as const;
const ADDED = ['D64.9', 'E87.6', 'E86'] as const;
const SPECIALTIES: readonly Specialty[] = [
  'SP_PD',
  'SP_PD',
  'SP_PD',
  'SP_PD',
  'SP_PD',
  'SP_A',
  'SP_A',
  'SP_A',
  'SP_P',
  'SP_PD',
  'SP_PD',
  'SP_A',
];

export default defineScenario({
  id: 'RT-UPCODE-87',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B yang bersih dengan dua belas dokter menagih sekitar enam puluh rawat biasa Januari-Mei; bagian koding menaikkan satu atau dua rawat setiap dokter ke keparahan III dengan satu komplikasi tambahan (anemia, hipokalemia, dehidrasi) tanpa transfusi, tanpa tambahan lama rawat atau biaya: per dokter tidak menonjol, per RS tiga kali rekan sejawat.',
    en: 'A clean class B private hospital with twelve doctors bills some sixty ordinary stays from January to May; the coding office lifts one or two stays of every doctor to severity III with one added complication (anaemia, hypokalaemia, dehydration), no transfusion, no longer stay or higher cost: unremarkable per doctor, three times the peers per hospital.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.prabumulih, hospitalClass: 'B', offset: [0.01, 0.01] });
    const doctors = SPECIALTIES.map((specialty) => ctx.doctor({ specialty, at: [rs] }));
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let n = 0; n < 60; n++) {
      const d = n % 12;
      const round = Math.floor(n / 12);
      const g = GROUPS[(d + round) % GROUPS.length] as (typeof GROUPS)[number];
      const day = addDays('2026-01-05', Math.floor((n * 137) / 60));
      const child = SPECIALTIES[d] === 'SP_A';
      const member = ctx.member({
        sex: n % 2 ? 'L' : 'P',
        birthDate: bornBefore(day, child ? 3 + (n % 10) : 22 + ((n * 7) % 50), n),
        segment: n % 4 ? 'PBI' : 'PPU',
        careClass: n % 4 ? 3 : 2,
        regency: rs.regency,
      });
      // one or two stays of each doctor's five: the third, and for every other doctor the fifth
      const coded = round === 2 || (round === 4 && d % 2 === 0);
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        // stays spread around the group's severity-I mean, one day under to one over, coded or not
        pulang: addDays(day, g.los + (n % 3) - 1),
        cbg: `${g.cmg}-${coded ? 'III' : 'I'}`,
        dx: coded ? [g.dx, ADDED[n % 3] as string] : [g.dx],
        px: [...g.px],
        dpjp: doctors[d] as string,
        coder: 1 + (n % 3),
        billedRatio: coded ? billOf(`${g.cmg}-I`, `${g.cmg}-III`) : 0.85,
        scale: bill(8700 + n),
        sep: igd({ masukAt: hhmm(16 + (n % 7), (11 * n) % 60) }),
      });
      (coded ? fraud : context).push(claim);
    }
    return { fraud, context };
  },
});
