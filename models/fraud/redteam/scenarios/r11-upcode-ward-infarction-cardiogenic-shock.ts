// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Cardiogenic shock (R57.0) in a myocardial infarction is
// hypotension with poor perfusion despite fluids: it is treated in intensive care with inotropes
// or vasopressors, often ventilation, and half the patients die (2023 ESC acute coronary syndrome
// guideline). A new class B private hospital in Berau (East Kalimantan, WITA) treats its
// non-ST-elevation infarctions without a catheter laboratory, on the cardiac ward for four to five
// days; three of fifteen, in February, March and May, are coded with cardiogenic shock and grouped
// I-4-10-III. They never went to the ICU, were not ventilated, went home, and cost what the others
// cost.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UPCODE-116',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B baru di Berau merawat infark miokard non-ST elevasi di bangsal jantung empat-lima hari; tiga dari lima belas (Februari, Maret, Mei) dikode syok kardiogenik (R57.0) dan masuk I-4-10-III, padahal tidak pernah ke ICU, tidak diventilasi, pulang hidup, dan biayanya sama dengan yang lain.',
    en: 'A new class B private hospital in Berau treats non-ST-elevation infarctions on its cardiac ward for four to five days; three of fifteen (February, March, May) are coded with cardiogenic shock (R57.0) and grouped I-4-10-III, although they never went to the ICU, were not ventilated, went home and cost what the others cost.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.berau, hospitalClass: 'B' });
    const cardiologists = [ctx.doctor({ specialty: 'SP_JP', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const stay = (day: string, i: number, raised: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 48 + ((i * 6) % 27), sex: i % 4 === 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 2)),
        cbg: raised ? 'I-4-10-III' : 'I-4-10-I',
        dx: raised ? ['I21.4', 'R57.0'] : i % 3 === 0 ? ['I21.4', 'E11.9'] : ['I21.4'],
        px: ['89.52', '88.72'],
        dpjp: cardiologists[i % 2] as string,
        coder: 1 + (i % 2),
        billedRatio: raised ? billOf('I-4-10-I', 'I-4-10-III') : 0.85,
        scale: bill(13_600 + i),
        sep: igd({ masukAt: hhmm((3 + 5 * i) % 24, (17 * i) % 60) }),
      });
    const days = every('2026-01-08', 15, 9.3);
    const raisedAt = new Set([4, 7, 13]);
    const fraud = days.filter((_, i) => raisedAt.has(i)).map((day, k) => stay(day, 30 + k, true));
    const context = days.filter((_, i) => !raisedAt.has(i)).map((day, i) => stay(day, i, false));
    return { fraud, context };
  },
});
