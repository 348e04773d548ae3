import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-INFL-03',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Top-up obat khusus trombolitik (SD-01, Rp5 juta) ditagihkan pada stroke iskemik yang tidak pernah diberi trombolisis (tanpa 99.10; datang lewat jendela waktu) (DOMAIN.md: top-up tanpa tindakan yang sesuai).',
    en: 'A thrombolytic special-drug top-up (SD-01, Rp5M) billed on ischaemic strokes never thrombolysed (no 99.10; they arrived outside the window) (DOMAIN.md: top-up without the matching procedure).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'B', offset: [0.03, -0.02] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1952-05-14', '2026-01-20'],
      ['P', '1960-10-02', '2026-02-17'],
      ['L', '1957-03-28', '2026-03-24'],
      ['P', '1949-08-11', '2026-04-21'],
    ] as const;
    for (const [sex, born, masuk] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.medan.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 7),
          cbg: 'G-4-14-II',
          dx: ['I63.9', 'I10', 'G81.9'],
          px: ['87.03', '89.52'],
          specialCmg: ['SI-01', 'SD-01'],
          dpjp: 6,
        }),
      );
    }
    return { fraud };
  },
});
