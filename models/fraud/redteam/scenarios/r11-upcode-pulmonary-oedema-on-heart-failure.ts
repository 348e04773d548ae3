// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Pulmonary oedema is how acute heart failure presents; ICD-10
// excludes J81 when it is due to heart disease (I50.1 left ventricular failure includes it), so
// a heart-failure stay with crackles is coded I50 alone. A new class C private hospital in
// Polewali Mandar (Sulawesi Barat, WITA) codes its heart-failure stays that way all spring, save
// two stays in March and May where the coder adds J81 and groups them I-4-12-III: ward care, no
// intensive care, no ventilation or non-invasive support, five days and the bill of the others.
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
  id: 'RT-UPCODE-112',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Polewali Mandar mengode gagal jantung (I50.0) saja pada rawat inapnya, kecuali dua rawat inap Maret dan Mei yang diberi edema paru (J81), padahal ICD-10 mengecualikannya bila akibat penyakit jantung; keparahan III, rawat bangsal, tanpa ICU atau bantuan napas, lima hari, tagihan sama.',
    en: 'A new class C private hospital in Polewali Mandar codes heart failure (I50.0) alone on its stays, save two stays in March and May given pulmonary oedema (J81), which ICD-10 excludes when due to heart disease; severity III, ward care, no ICU or breathing support, five days, the same bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.polewaliMandar, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const stay = (day: string, i: number, raised: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 52 + ((i * 5) % 28) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5 - (i % 4 === 0 ? 1 : 0)),
        cbg: raised ? 'I-4-12-III' : 'I-4-12-I',
        dx: raised ? ['I50.0', 'J81'] : i % 3 === 0 ? ['I50.0', 'I10'] : ['I50.0'],
        px: ['89.52', '87.44'],
        dpjp: doctors[i % 2] as string,
        coder: 1 + (i % 2),
        billedRatio: raised ? billOf('I-4-12-I', 'I-4-12-III') : 0.85,
        scale: bill(13_200 + i),
        sep: igd({ masukAt: hhmm(1 + ((i * 7) % 22), (13 * i) % 60) }),
      });
    const context = every('2026-01-07', 16, 8).map((day, i) => stay(day, i, false));
    const fraud = [stay('2026-03-11', 20, true), stay('2026-05-06', 21, true)];
    return { fraud, context };
  },
});
