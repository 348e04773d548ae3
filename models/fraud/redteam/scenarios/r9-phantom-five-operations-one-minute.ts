// DOMAIN.md section 3, PHANTOM_BILLING ("impossible doctor volume per day"), at one hospital
// and one minute: a class C private hospital in Mimika bills, on three days, five operations
// each by the same general surgeon, every one recorded as starting at the same minute (the
// operation time the claim carries). One surgeon operates on one patient at a time; the first
// operation of each day is real (context), the four beside it were never done.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES9, patient } from './r9-common.js';

const OPERATIONS = [
  { cbg: 'K-1-13-I', dx: 'K40.9', px: '53.00' },
  { cbg: 'K-1-12-I', dx: 'K35.8', px: '47.09' },
  { cbg: 'B-1-10-I', dx: 'K80.2', px: '51.22' },
] as const;

export default defineScenario({
  id: 'RT-PHANTOM-92',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas C di Mimika menagih pada tiga hari masing-masing lima operasi oleh dokter bedah yang sama dengan waktu operasi pada menit yang sama; operasi pertama tiap hari nyata, empat lainnya tidak pernah dilakukan.',
    en: 'A class C private hospital in Mimika bills, on three days, five operations each by the same surgeon, all recorded as starting at the same minute; the first of each day is real, the other four were never done.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.mimika, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    ['2026-02-10', '2026-03-17', '2026-04-21'].forEach((theatre, d) => {
      for (let k = 0; k < 5; k++) {
        const n = 5 * d + k;
        const op = OPERATIONS[n % 3] as (typeof OPERATIONS)[number];
        const masuk = addDays(theatre, -1);
        const member = patient(ctx, rs, masuk, n, { age: 25 + ((n * 7) % 35), ...(op.px === '53.00' ? { sex: 'L' as const } : {}) });
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: addDays(theatre, 3),
          cbg: op.cbg,
          dx: [op.dx],
          px: [op.px],
          ...(op.px === '53.00' ? { laterality: [n % 2 ? 'R' : 'L'] as const } : {}),
          dpjp: surgeon,
          scale: bill(9160 + n),
          sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(masuk, -5), [op.dx]), { operasiAt: `${theatre} 09:30` }),
        });
        (k === 0 ? context : fraud).push(claim);
      }
    });
    return { fraud, context };
  },
});
