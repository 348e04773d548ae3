// Near miss of UPCODING ("severity-III share vs peers"). After the February floods in
// Karawang, a class B government hospital receives a wave of septic adults (leptospirosis,
// infected wounds, aspiration after near-drowning): sepsis at severity III with shock,
// respiratory failure or acute kidney injury, four to eight days of intensive care, most on a
// ventilator, ten to sixteen days in all, three deaths. Every severity-III code has its care
// on the bill: ICU days, ventilator hours, blood cultures and lactate in the laboratory line,
// broad-spectrum antibiotics, the chest X-rays. A month's severity-III share far above peers,
// and all of it real.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-SEPSIS-81',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Setelah banjir Februari di Karawang, RS pemerintah kelas B menerima gelombang pasien sepsis dewasa (leptospirosis, luka terinfeksi, aspirasi): keparahan III dengan syok, gagal napas atau gagal ginjal akut, 4-8 hari ICU, sebagian besar dengan ventilator, 10-16 hari, tiga meninggal; setiap kode didukung ICU, jam ventilator, kultur dan antibiotik di tagihan.',
    en: 'After the February floods in Karawang a class B government hospital receives a wave of septic adults (leptospirosis, infected wounds, aspiration): severity III with shock, respiratory failure or acute kidney injury, 4-8 ICU days, most ventilated, 10-16 days, three deaths; every code backed by ICU days, ventilator hours, cultures and antibiotics on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.karawang, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    // day, days in all, ICU days, ventilator hours, complication, died
    const wave = [
      ['2026-02-09', 12, 5, 70, 'R57.0', false],
      ['2026-02-10', 14, 6, 110, 'J96.0', false],
      ['2026-02-11', 9, 5, 88, 'J96.0', true],
      ['2026-02-12', 16, 8, 150, 'N17.9', false],
      ['2026-02-14', 10, 4, 0, 'N17.9', false],
      ['2026-02-15', 11, 4, 52, 'R57.0', false],
      ['2026-02-17', 7, 6, 120, 'J96.0', true],
      ['2026-02-19', 13, 5, 40, 'R57.0', false],
      ['2026-02-22', 6, 5, 75, 'R57.0', true],
    ] as const;
    const nearMiss: BuiltClaim[] = wave.map(([day, los, icu, vent, complication, died], i) =>
      ctx.claim({
        member: ctx.member({
          sex: i % 3 ? 'L' : 'P',
          birthDate: bornBefore(day, 28 + ((i * 9) % 45), i),
          segment: i % 2 ? 'PBI' : 'PPU',
          careClass: i % 2 ? 3 : 2,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'A-4-10-III',
        dx: ['A41.9', complication, 'A27.9'],
        // ICD-9-CM 96.71 is ventilation for less than 96 consecutive hours, 96.72 for 96 hours or more
        px: vent > 0 ? ['96.04', vent >= 96 ? '96.72' : '96.71', '38.93', '87.44'] : ['38.93', '87.44', '90.59'],
        icuDays: icu,
        ventilatorHours: vent,
        discharge: died ? 4 : 1,
        dpjp: i % 3 === 0 ? intensivist : (internists[i % 2] as string),
        billedRatio: 1.05,
        scale: times(bill(10_300 + i), { tarif_laboratorium: 1.6, tarif_obat: 1.5, tarif_pelayanan_darah: 2 }),
        sep: igd({ masukAt: hhmm(1 + ((i * 5) % 22), (7 * i) % 60), pulangAt: died ? hhmm(3 + i, 15) : '11:00' }),
      }),
    );
    return { nearMiss };
  },
});
