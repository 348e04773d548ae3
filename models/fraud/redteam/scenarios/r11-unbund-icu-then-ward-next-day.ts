// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days". At a
// new class C private hospital in Demak, myocardial infarctions are admitted through the emergency
// room to the ICU (I-4-10-II: two or three ICU days, ECG and echocardiography); when the patient is
// moved to the cardiac ward the hospital closes the claim as if the patient had gone ("other",
// discharge status 5) and opens a second SEP dated the next morning on its own internal referral,
// grouped as unstable angina on the ward (I-4-17-I, three days). The patient never left the
// building: one infarction, two packages, the night between in neither.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UNBUND-111',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Demak merawat infark miokard di ICU dua-tiga hari (I-4-10-II); saat pasien pindah ke bangsal jantung, klaim ditutup dengan status pulang "lain-lain" dan SEP kedua dibuka keesokan paginya dengan rujukan internal sebagai angina tidak stabil (I-4-17-I, tiga hari). Pasien tidak pernah keluar: satu infark, dua paket.',
    en: 'A new class C private hospital in Demak treats myocardial infarctions in ICU for two or three days (I-4-10-II); when the patient moves to the cardiac ward the claim is closed with discharge status "other" and a second SEP is opened the next morning on an internal referral as unstable angina (I-4-17-I, three days). The patient never left: one infarction, two packages.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.demak, hospitalClass: 'C' });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-16', 7, 17).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 47 + ((i * 6) % 28), sex: i % 3 === 1 ? 'P' : 'L' });
      const icu = 2 + (i % 2);
      const moved = addDays(day, icu);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: moved,
          cbg: 'I-4-10-II',
          dx: [i % 2 ? 'I21.1' : 'I21.0'],
          px: ['89.52', '88.72'],
          icuDays: icu,
          discharge: 5,
          dpjp: cardiologist,
          scale: bill(15_400 + i),
          sep: igd({ masukAt: hhmm(2 + ((i * 5) % 20), (13 * i) % 60), pulangAt: hhmm(16, 30) }),
        }),
      );
      const ward = addDays(moved, 1);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: ward,
          pulang: addDays(ward, 3),
          cbg: 'I-4-17-I',
          dx: ['I20.0'],
          px: ['89.52'],
          dpjp: cardiologist,
          scale: bill(15_420 + i),
          sep: inap(ctx.hospitalReferral(rs, moved), { masukAt: hhmm(7, 5 + 5 * i) }),
        }),
      );
    });
    return { context, fraud };
  },
});
