// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice", with the dates
// moved by a day so that an exact match misses it. A new class C government hospital in Lahat
// (South Sumatra) bills its medical stays (context). Four of them are submitted again five to seven
// weeks later under a new SEP: same card, doctor, diagnoses and group, admission and discharge each
// one day later, the bill's lines nudged by a few percent as a re-keyed bill is.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const STAYS = [
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], days: 5 },
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'], days: 4 },
  { cbg: 'E-4-10-I', dx: ['E11.9'], px: ['99.18'], days: 5 },
  { cbg: 'I-4-17-I', dx: ['I10', 'I20.9'], px: ['89.52'], days: 3 },
] as const;

const REPEATED = new Set([2, 6, 9, 13]);

export default defineScenario({
  id: 'RT-REPEAT-121',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS pemerintah kelas C baru di Lahat mengajukan ulang empat rawat inap lima-tujuh minggu kemudian dengan SEP baru: kartu, dokter, diagnosis dan kelompok sama, tanggal masuk dan pulang masing-masing digeser satu hari, komponen tagihan sedikit berbeda seperti diketik ulang.',
    en: 'A new class C government hospital in Lahat submits four stays again five to seven weeks later under new SEPs: same card, doctor, diagnoses and group, admission and discharge each moved one day later, the bill lines nudged by a few percent as a re-keyed bill is.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.lahat, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 16, 7).forEach((day, i) => {
      const s = STAYS[i % STAYS.length] as (typeof STAYS)[number];
      const member = patient(ctx, rs, day, i, { age: 30 + ((i * 4) % 40) });
      const pulang = addDays(day, s.days);
      const stay = (masuk: string, out: string, submitted: string, nudge: number): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: out,
          cbg: s.cbg,
          dx: [...s.dx],
          px: [...s.px],
          dpjp: internist,
          submitted,
          scale: times(bill(13_100 + i), { tarif_obat: nudge, tarif_bmhp: 2 - nudge, tarif_laboratorium: nudge }),
          sep: igd({ masukAt: hhmm(15 + (i % 8), (7 * i) % 60) }),
        });
      context.push(stay(day, pulang, addDays(pulang, 9), 1));
      if (REPEATED.has(i)) fraud.push(stay(addDays(day, 1), addDays(pulang, 1), addDays(pulang, 36 + 4 * (i % 4)), 1.03));
    });
    return { fraud, context };
  },
});
