import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UPCODE-02',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Selulitis tungkai dikode sebagai sepsis (A41.9 sebagai diagnosis utama) tanpa ICU, kultur, atau biaya obat yang sepadan, rawat 3 hari.',
    en: 'Leg cellulitis coded as sepsis (A41.9 as primary) with no ICU, cultures or matching drug cost, 3-day stays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C' });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1973-03-03', '2026-02-02'],
      ['P', '1968-09-12', '2026-02-20'],
      ['L', '1985-01-25', '2026-03-11'],
      ['L', '1960-06-06', '2026-04-01'],
    ] as const;
    for (const [sex, born, masuk] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: PLACES.pekanbaru.regency });
      // the hospital's own bill is that of a cellulitis stay; only the coding says sepsis
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 3),
          cbg: 'A-4-10-II',
          dx: ['A41.9', 'L03.1'],
          px: ['99.21'],
          dpjp: 1,
          billedRatio: 0.3,
        }),
      );
    }
    return { fraud };
  },
});
