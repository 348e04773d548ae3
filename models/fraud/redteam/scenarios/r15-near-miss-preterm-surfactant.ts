// Near miss for INFLATED_BILL: a drugs line far above the group's, and correct. A new class C
// government hospital in Arga Makmur (Bengkulu Utara) has a small neonatal unit: jaundiced and
// small babies (P-8-11-I) and preterm babies who breathe on their own with oxygen (P-8-17-I), each
// born at the hospital to a mother whose delivery is billed beside it (context). Five babies born at
// 28 to 31 weeks have respiratory distress syndrome: intubated, given surfactant (about Rp9-11
// million a dose on the drugs line), ventilated for two to three days and kept in the unit for weeks
// (P-8-17-II with P22.0).
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES15, spread } from './r15-common.js';

const SURFACTANT = new Map([
  [2, { hours: 52, icu: 9, drugs: 9_400_000 }],
  [6, { hours: 71, icu: 12, drugs: 10_900_000 }],
  [10, { hours: 44, icu: 8, drugs: 9_100_000 }],
  [13, { hours: 66, icu: 11, drugs: 10_300_000 }],
  [17, { hours: 58, icu: 10, drugs: 9_800_000 }],
]);

export default defineScenario({
  id: 'RT-NM-INFLATED-151',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS pemerintah kelas C baru di Arga Makmur punya unit neonatal kecil: bayi kuning dan kecil, bayi prematur yang bernapas sendiri dengan oksigen, masing-masing lahir di rumah sakit dengan persalinan ibunya ditagih di sampingnya. Lima bayi lahir 28-31 minggu dengan sindrom gawat napas: diintubasi, diberi surfaktan (sekitar Rp9-11 juta di baris obat), diventilasi dua-tiga hari dan dirawat berminggu-minggu (P-8-17-II dengan P22.0).',
    en: 'A new class C government hospital in Arga Makmur has a small neonatal unit: jaundiced and small babies, preterm babies breathing on their own with oxygen, each born at the hospital with the mother’s delivery billed beside it. Five babies born at 28-31 weeks have respiratory distress syndrome: intubated, given surfactant (about Rp9-11 million on the drugs line), ventilated two to three days and kept for weeks (P-8-17-II with P22.0).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.bengkuluUtara, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 20, 6.0, '2026-05-02').forEach((day, i) => {
      const rds = SURFACTANT.get(i);
      const household = ctx.household(rs.regency);
      const family = (role: 'KEPALA' | 'PASANGAN' | 'ANAK', sex: 'L' | 'P', birthDate: string): Member =>
        ctx.member({ sex, birthDate, segment: 'PBI', careClass: 3, regency: rs.regency, family: { household, role } });
      family('KEPALA', 'L', bornBefore(day, 27 + (i % 12), i));
      const mother = family('PASANGAN', 'P', bornBefore(day, 22 + (i % 14), i));
      const baby = family('ANAK', i % 2 ? 'P' : 'L', day);
      const preterm = rds !== undefined || i % 3 === 1;
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: day,
          cbg: 'O-6-13-I',
          dx: preterm ? ['O60.1'] : ['O80.0'],
          px: ['73.59'],
          dpjp: obstetrician,
          scale: bill(23_700 + i),
          sep: igd({ masukAt: hhmm(1 + ((i * 5) % 8), (13 * i) % 60) }),
        }),
      );
      const claim = ctx.claim({
        member: baby,
        facility: rs,
        masuk: day,
        cbg: rds ? 'P-8-17-II' : preterm ? 'P-8-17-I' : 'P-8-11-I',
        dx: rds ? ['P07.3', 'P22.0'] : preterm ? ['P07.3'] : [i % 2 ? 'P59.9' : 'P05.9'],
        px: rds ? ['96.04', '96.71', '93.96'] : preterm ? ['93.96'] : [],
        ...(rds ? { icuDays: rds.icu, ventilatorHours: rds.hours } : {}),
        dpjp: paediatrician,
        scale: rds ? times(bill(23_750 + i), { tarif_laboratorium: 1.6, tarif_radiologi: 1.5 }) : bill(23_750 + i),
        ...(rds ? { components: { tarif_obat: rds.drugs } } : {}),
        sep: igd({ masukAt: hhmm(11 + (i % 8), (13 * i) % 60) }),
      });
      (rds ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
