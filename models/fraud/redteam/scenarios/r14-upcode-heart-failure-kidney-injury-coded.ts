// DOMAIN.md section 3, UPCODING, one step (I to II), the bill moved a little off the level below: a
// new class C military hospital (TNI_POLRI, open to JKN members) in Biak (Biak Numfor, Papua)
// treats decompensated heart failure in five-day stays (I-4-12-I, ECG and echocardiography;
// sixteen stays, context). One patient's creatinine truly doubles on diuretics: serial creatinine,
// seven days, I-4-12-II with N17.9 (context). On three other stays the coder adds N17.9 (acute
// kidney injury) as well, and the ward adds a single creatinine to the bill so that it sits a
// little above an ordinary severity-I stay's: five days, no serial laboratory, no fluids.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const CODED_UP = new Set([3, 10, 15]);
const KIDNEY_INJURY = 7;
/** The single creatinine the ward adds: the severity-I bill moved 12% up (assumption: one test and a day's extra drugs). */
const NUDGE = 1.12;

export default defineScenario({
  id: 'RT-UPCODE-144',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS TNI kelas C baru di Biak merawat gagal jantung dekompensasi lima hari (I-4-12-I, EKG, ekokardiografi). Satu pasien kreatininnya sungguh naik dua kali dengan diuretik: kreatinin serial, tujuh hari, I-4-12-II dengan N17.9. Pada tiga rawat inap lain koder juga menambah N17.9 dan bangsal menambah satu pemeriksaan kreatinin sehingga tagihan sedikit di atas keparahan I: lima hari, tanpa lab serial.',
    en: 'A new class C military hospital in Biak treats decompensated heart failure in five-day stays (I-4-12-I, ECG, echocardiography). One patient’s creatinine truly doubles on diuretics: serial creatinine, seven days, I-4-12-II with N17.9. On three other stays the coder adds N17.9 too and the ward one creatinine, so the bill sits a little above a severity-I stay’s: five days, no serial laboratory.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.biakNumfor, hospitalClass: 'C', ownership: 'TNI_POLRI' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 20, 7.2).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const injured = i === KIDNEY_INJURY;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 52 + ((i * 7) % 28) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, injured ? 7 : 5),
        cbg: up || injured ? 'I-4-12-II' : 'I-4-12-I',
        dx: up || injured ? ['I50.0', 'N17.9', 'I10'] : ['I50.0', 'I10'],
        px: ['89.52', '88.72'],
        dpjp: i % 3 ? internist : cardiologist,
        ...(up ? { billedRatio: billOf('I-4-12-I', 'I-4-12-II') * NUDGE } : {}),
        scale: injured ? times(bill(17_800 + i), { tarif_laboratorium: 1.8, tarif_kamar: 1.4, tarif_obat: 1.3 }) : bill(17_800 + i),
        sep: igd({ masukAt: hhmm((i * 5) % 24, (29 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
