// Near miss of UPCODING ("severity-III share vs peers of same hospital class and CBG"). In the
// rainy-season dengue peak (January-February: Kemenkes surveillance) a class C government
// hospital in Kupang, the referral point of its island, admits dengue haemorrhagic fever with
// shock, bleeding and hyponatraemia: severity III, with what severity III needs on the bill:
// platelet and packed-cell transfusions (99.04, blood service), two ICU days, repeated blood
// counts (WHO 2009 dengue guidelines: severe dengue needs intensive care). Its mild dengue the
// same weeks stays severity I. The share of severity III is high for a season, and supported.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-DHFSHOCK-51',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Pada puncak musim dengue, RS kelas C pemerintah di Kupang (rujukan pulaunya) merawat DBD dengan syok dan perdarahan pada keparahan III, dengan yang dibutuhkan keparahan III di tagihan: transfusi trombosit dan PRC, dua hari ICU, pemeriksaan darah berulang; dengue ringan pada minggu yang sama tetap keparahan I.',
    en: 'In the dengue peak a class C government hospital in Kupang (its island’s referral point) treats dengue haemorrhagic fever with shock and bleeding at severity III, with what severity III needs on the bill: platelet and packed-cell transfusions, two ICU days, repeated blood counts; mild dengue the same weeks stays severity I.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.kupang, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const severe = [
      ['L', '2012-04-04', '2026-01-09'],
      ['P', '1998-09-18', '2026-01-16'],
      ['L', '2015-02-27', '2026-01-24'],
      ['P', '2009-06-10', '2026-02-02'],
      ['L', '1990-11-22', '2026-02-07'],
      ['P', '2013-07-05', '2026-02-15'],
    ] as const;
    const mild = [
      ['L', '2005-03-13', '2026-01-12'],
      ['P', '1988-05-01', '2026-01-27'],
      ['L', '2016-10-19', '2026-02-10'],
    ] as const;
    const doctorFor = (born: string) => (born > '2008-01-01' ? paediatrician : internist);
    const member = (sex: 'L' | 'P', born: string) =>
      ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
    const nearMiss: BuiltClaim[] = severe.map(([sex, born, day], i) =>
      ctx.claim({
        member: member(sex, born),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 7 + (i % 2)),
        cbg: 'A-4-13-III',
        dx: ['A91', 'D69.6', 'E87.1'],
        px: ['90.59', '99.04'],
        icuDays: 2,
        dpjp: doctorFor(born),
        scale: times(bill(i), { tarif_laboratorium: 1.8, tarif_obat: 1.3 }),
        components: { tarif_pelayanan_darah: 2_400_000 + 300_000 * (i % 3) },
        sep: igd({ masukAt: `${String(14 + i).padStart(2, '0')}:35` }),
      }),
    );
    const context: BuiltClaim[] = mild.map(([sex, born, day], i) =>
      ctx.claim({
        member: member(sex, born),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-13-I',
        dx: ['A90'],
        px: ['90.59'],
        dpjp: doctorFor(born),
        scale: bill(i + 3),
        sep: igd({ masukAt: '16:05' }),
      }),
    );
    return { nearMiss, context };
  },
});
