// Near miss of UNNECESSARY_TREATMENT ("1-day severity-I admissions for conditions normally
// treated as outpatients"). Real emergencies that resolve overnight: children in status
// asthmaticus (J46) nebulised and observed, adults with ureteric colic (N20.1) needing
// parenteral analgesia, arriving at the emergency department between midnight and five and
// going home the next morning. Short, severity I, but not the outpatient complaints the
// signal means; oxygen, infusion and catheter procedures are in the bill.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-IGD-41',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Kegawatan nyata yang membaik dalam semalam: anak status asmatikus dan dewasa kolik ureter tiba di IGD antara tengah malam dan pukul lima, dirawat dan pulang esok paginya dengan oksigen, infus atau kateter yang tertagih.',
    en: 'Real emergencies that resolve overnight: children in status asthmaticus and adults with ureteric colic arrive at the emergency department between midnight and five, are admitted and go home the next morning, with oxygen, infusion or catheter billed.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.03, 0.01] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const patients = [
      ['L', '2017-05-05', '2026-01-18', 'J-4-19-I', ['J46'], ['93.96'], '01:40', paediatrician],
      ['P', '1984-09-09', '2026-02-06', 'N-4-11-I', ['N20.1'], ['57.94'], '03:15', urologist],
      ['P', '2019-11-22', '2026-02-27', 'J-4-19-I', ['J46'], ['93.96'], '02:25', paediatrician],
      ['L', '1979-03-31', '2026-03-20', 'N-4-11-I', ['N20.1'], ['57.94'], '04:50', urologist],
      ['L', '2014-08-14', '2026-04-10', 'J-4-19-I', ['J46', 'J45.9'], ['93.96'], '00:35', paediatrician],
      ['L', '1990-12-02', '2026-05-01', 'N-4-11-I', ['N20.1'], ['57.94'], '03:55', urologist],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, cbg, dx, px, masukAt, dpjp], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PPU' : 'PBI', careClass: i % 2 ? 2 : 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1),
        cbg,
        dx,
        px,
        dpjp,
        billedRatio: 0.7,
        scale: own(i),
        sep: igd({ masukAt, pulangAt: '10:30' }),
      }),
    );
    return { nearMiss };
  },
});
