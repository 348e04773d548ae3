// Near miss of CLONING ("near-identical ... tariff vectors across different patients, same
// doctor or day"). Three mothers deliver twins by caesarean at the class C government hospital
// of Sikka. Each pair is small for dates and jaundiced: both babies stay in the perinatology
// room with their mother's stay and a few days more, under phototherapy, with the same daily
// blood counts and bilirubin and the same milk; the ward bills its per-day newborn rates, so
// the two bills of a pair are the same to the rupiah. Pairs differ from each other as their
// stays do. Same day, same doctor, same bill, and two real babies.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { couple, newborn } from './r7-common.js';
import { PLACES8 } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-TWINS-81',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Tiga ibu melahirkan bayi kembar secara sesar di RS pemerintah kelas C Sikka; setiap pasangan kecil masa kehamilan dan ikterus, dirawat bersama di ruang perinatologi dengan fototerapi, pemeriksaan darah dan susu yang sama, ditagih dengan tarif harian bayi sehingga tagihan sepasang sama sampai rupiah; pasangan berbeda satu sama lain.',
    en: 'Three mothers deliver twins by caesarean at the class C government hospital of Sikka; each pair is small for dates and jaundiced, cared for together in perinatology with the same phototherapy, blood counts and milk, billed at per-day newborn rates, so a pair’s two bills match to the rupiah; pairs differ from each other.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.sikka, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = [
      ['2026-01-22', '1991-04-17', '1995-09-03', 5],
      ['2026-03-06', '1987-12-01', '1990-02-26', 6],
      ['2026-04-18', '1993-07-29', '1998-05-11', 4],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    births.forEach(([born, fatherBorn, motherBorn, days], i) => {
      const { household, mother } = couple(ctx, { regency: rs.regency, fatherBorn, motherBorn, segment: 'PBI', careClass: 3 });
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: born,
          pulang: addDays(born, 3),
          cbg: 'O-6-10-II',
          dx: ['O82.9', 'O60.1'],
          px: ['74.1'],
          dpjp: obstetrician,
          scale: bill(10_800 + i),
          sep: igd({ masukAt: hhmm(5 + 4 * i, 40) }),
        }),
      );
      const twins = (['L', 'P'] as const).map((sex) => newborn(ctx, { household, mother, sex, born, registeredAfter: 0 }));
      const spec = (member: (typeof twins)[number]) => ({
        member,
        facility: rs,
        masuk: born,
        pulang: addDays(born, days),
        cbg: 'P-8-11-II',
        dx: ['P59.9', 'P05.9'],
        dpjp: paediatrician,
        sep: igd({ masukAt: hhmm(6 + 4 * i, 30) }),
      });
      const first = ctx.claim({ ...spec(twins[0] as (typeof twins)[number]), scale: bill(10_810 + i) });
      const second = ctx.claim({ ...spec(twins[1] as (typeof twins)[number]), components: componentsOf(first) });
      nearMiss.push(first, second);
    });
    return { nearMiss, context };
  },
});
