// DOMAIN.md section 3, UPCODING, within one clinical group (acute coronary syndrome): a new class B
// private hospital in Kabupaten Bogor (West Java) admits chest pain through its emergency room;
// unstable angina (I20.0) stays three days on the ward with an ECG (I-4-17-I, sixteen stays,
// context). On three of them the DPJP's resume says NSTEMI and the coder writes I21.4, so the claim
// groups to I-4-10-I (acute myocardial infarction), yet nothing of an infarction is on the bill:
// no echocardiogram, no serial laboratory, no cardiac care unit, three days, the angina bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const CODED_UP = new Set([4, 9, 13]);

export default defineScenario({
  id: 'RT-UPCODE-133',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B baru di Kabupaten Bogor merawat angina tidak stabil (I20.0) tiga hari di bangsal dengan EKG; pada tiga pasien resume menulis NSTEMI dan koder memakai I21.4 sehingga menjadi I-4-10-I (infark miokard akut), padahal tanpa ekokardiografi, tanpa lab serial, tanpa ICCU, tiga hari dengan tagihan angina.',
    en: 'A new class B private hospital in Kabupaten Bogor treats unstable angina (I20.0) in three ward days with an ECG; on three patients the resume says NSTEMI and the coder writes I21.4, grouping to I-4-10-I (acute myocardial infarction), with no echocardiogram, no serial laboratory, no coronary care, three days on the angina bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabBogor, hospitalClass: 'B' });
    const cardiologists = [ctx.doctor({ specialty: 'SP_JP', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 16, 8.5).forEach((day, i) => {
      const up = CODED_UP.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 48 + ((i * 9) % 27), sex: i % 4 ? 'L' : 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: up ? 'I-4-10-I' : 'I-4-17-I',
        dx: up ? ['I21.4', 'I10'] : i % 3 ? ['I20.0', 'I10'] : ['I20.0'],
        px: ['89.52'],
        dpjp: cardiologists[i % 2] as string,
        ...(up ? { billedRatio: billOf('I-4-17-I', 'I-4-10-I') } : {}),
        scale: bill(13_300 + i),
        sep: igd({ masukAt: hhmm(5 + ((i * 3) % 18), (19 * i) % 60) }),
      });
      (up ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
