// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG".
// Dengue stays (A-4-13-I) billed with two to four units of blood service (tarif_pelayanan_darah
// Rp2.4-3.8 million against tens of thousands elsewhere) although no transfusion is coded
// (ICD-9-CM 99.04 absent) and the severity stays I: platelets that were never given.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-INFLATED-41',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Rawat inap demam dengue (A-4-13-I) ditagih dengan layanan darah Rp2,4-3,8 juta padahal tidak ada transfusi yang dikode (99.04) dan keparahan tetap I: trombosit yang tidak pernah diberikan.',
    en: 'Dengue stays (A-4-13-I) billed with Rp2.4-3.8 million of blood service although no transfusion is coded (99.04) and severity stays I: platelets never given.',
  },
  build(ctx) {
    const place = PLACES.balikpapan;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, -0.015] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const patients = [
      ['L', '1996-02-02', '2026-01-16', 2_400_000],
      ['P', '2012-06-18', '2026-01-28', 3_100_000],
      ['L', '1988-10-10', '2026-02-09', 3_800_000],
      ['P', '2015-03-25', '2026-02-23', 2_700_000],
      ['L', '2001-07-07', '2026-03-11', 3_400_000],
      ['P', '1993-12-30', '2026-03-27', 2_900_000],
      ['L', '2010-09-14', '2026-04-15', 3_600_000],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, blood], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: place.regency }),
        facility: rs,
        masuk: day,
        cbg: 'A-4-13-I',
        dx: [i % 3 === 0 ? 'A91' : 'A90'],
        px: ['90.59'],
        dpjp: Number(born.slice(0, 4)) > 2007 ? doctors[1] : doctors[0],
        scale: own(i),
        components: { tarif_pelayanan_darah: blood },
        sep: igd({ masukAt: `1${i}:40` }),
      }),
    );
    return { fraud };
  },
});
