// Near miss for UNBUNDLING (an adjacent-day second SEP that is a new episode): a new class C private
// hospital in Musi Banyuasin (South Sumatra) treats older patients' pneumonia in five days
// (context). Three of them, weak after the illness, fall at home the day after discharge and break
// the neck of the femur; they come back through the emergency room and have a hip replacement
// (M-1-30-I, 81.51 with the hip implant): a new injury, a new episode, another surgeon.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const FELL = new Set([2, 7, 11]);

export default defineScenario({
  id: 'RT-NM-FALL-136',
  kind: 'near_miss',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Musi Banyuasin merawat pneumonia pasien lanjut usia lima hari. Tiga pasien yang masih lemah jatuh di rumah sehari setelah pulang dan patah leher femur; mereka kembali lewat IGD dan menjalani penggantian sendi panggul (M-1-30-I, 81.51 dengan implan): cedera baru, episode baru, dokter bedah lain.',
    en: 'A new class C private hospital in Musi Banyuasin treats older patients’ pneumonia in five days. Three, still weak, fall at home the day after discharge and break the femoral neck; they return through the emergency room for a hip replacement (M-1-30-I, 81.51 with the implant): a new injury, a new episode, another surgeon.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.musiBanyuasin, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 14, 9).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 68 + ((i * 3) % 15), sex: i % 2 ? 'P' : 'L' });
      const home = addDays(day, 5);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '93.96', '99.21'],
          dpjp: internist,
          scale: bill(15_500 + i),
          sep: igd({ masukAt: hhmm(9 + (i % 12), (7 * i) % 60) }),
        }),
      );
      if (!FELL.has(i)) return;
      const fall = addDays(home, 1);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: fall,
          pulang: addDays(fall, 7),
          cbg: 'M-1-30-II',
          dx: ['S72.0', 'J18.9'],
          px: ['81.51'],
          laterality: [i % 2 ? 'L' : 'R'],
          specialCmg: ['RR-01'],
          dpjp: orthopaedist,
          scale: bill(15_550 + i),
          sep: igd({ masukAt: hhmm(18, 20 + i) }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
