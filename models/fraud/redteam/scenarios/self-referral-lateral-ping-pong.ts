import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-SELFREF-02',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dua RS kelas C di Semarang (6 km) yang berbagi seorang dokter saraf saling merujuk pasien stroke: 2 hari di RS pertama, dirujuk ke RS setara, 3 hari, lalu dirujuk balik (DOMAIN.md: lingkaran rujukan antar fasilitas yang berbagi dokter; transfer dalam 3 hari).',
    en: 'Two class C hospitals in Semarang (6 km) sharing a neurologist refer stroke patients back and forth: 2 days at the first, referred to its equal, 3 days, then referred back (DOMAIN.md: referral loops between facilities sharing doctors; transfer within 3 days).',
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', offset: [0.02, -0.02] });
    const b = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', offset: [-0.02, 0.02] });
    const neurologist = `D${a.facilityId}005`;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const patients = [
      ['L', '1951-09-09', '2026-01-12'],
      ['P', '1956-03-15', '2026-02-09'],
      ['L', '1960-07-01', '2026-03-09'],
      ['P', '1949-11-20', '2026-04-13'],
    ] as const;
    for (const [i, [sex, born, day]] of patients.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.semarang.regency });
      const stroke = {
        member: m,
        dx: ['I63.9', 'I10'],
        px: ['87.03'],
        dpjp: neurologist,
        scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
      } as const;
      fraud.push(ctx.claim({ ...stroke, facility: a, masuk: day, pulang: addDays(day, 2), cbg: 'G-4-14-I', discharge: 2 }));
      fraud.push(ctx.claim({ ...stroke, facility: b, masuk: addDays(day, 2), pulang: addDays(day, 5), cbg: 'G-4-14-I', discharge: 2 }));
      context.push(
        ctx.claim({
          ...stroke,
          facility: a,
          masuk: addDays(day, 5),
          pulang: addDays(day, 9),
          cbg: 'G-4-14-II',
          dx: ['I63.9', 'I10', 'G81.9'],
        }),
      );
    }
    return { fraud, context };
  },
});
