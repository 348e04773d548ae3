// Near miss for UPCODING (honest twin of RT-UPCODE-131): a new class C government hospital in
// Wonogiri (Central Java) treats older patients' urinary infections in three-day ward stays
// (context); four of them arrive hypotensive and confused with urosepsis, coded A41.9 first and
// N39.0 after it (A-4-10-II), and the bill shows it: two ICU days, a central line (38.93),
// cultures and more laboratory, broad antibiotics, six or seven days. Not upcoding.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const SEPTIC = new Set([2, 6, 10, 14]);

export default defineScenario({
  id: 'RT-NM-UROSEPSIS-132',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RSUD kelas C baru di Wonogiri merawat ISK pasien lanjut usia tiga hari di bangsal; empat pasien datang hipotensi dan bingung dengan urosepsis, dikode A41.9 lalu N39.0 (A-4-10-II), dan tagihannya menunjukkan itu: dua hari ICU, kateter vena sentral, kultur dan lab lebih banyak, antibiotik spektrum luas, enam-tujuh hari. Bukan upcoding.',
    en: 'A new class C government hospital in Wonogiri treats older patients’ urinary infections in three ward days; four arrive hypotensive and confused with urosepsis, coded A41.9 then N39.0 (A-4-10-II), and the bill shows it: two ICU days, a central line, cultures and more laboratory, broad antibiotics, six or seven days. Not upcoding.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.wonogiri, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 17, 8).forEach((day, i) => {
      const septic = SEPTIC.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 63 + ((i * 5) % 20), sex: i % 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, septic ? 6 + (i % 2) : 3),
        cbg: septic ? 'A-4-10-II' : 'N-4-11-I',
        dx: septic ? ['A41.9', 'N39.0', 'N17.9'] : ['N39.0'],
        px: septic ? ['38.93', '57.94', '99.21'] : ['57.94'],
        ...(septic ? { icuDays: 2 } : {}),
        dpjp: internist,
        scale: septic ? times(bill(15_100 + i), { tarif_laboratorium: 1.6, tarif_obat: 1.5 }) : bill(15_100 + i),
        sep: igd({ masukAt: hhmm(4 + ((i * 7) % 19), (41 * i) % 60) }),
      });
      (septic ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
