// Near miss of VENTILATOR (RT-VENT-101's honest twin: one ventilation shared by two hospitals).
// The class D government hospital of Tanah Laut intubates respiratory failure in its emergency room
// and keeps the patient on its one ventilator until the class B government hospital of the regency
// has an ICU bed, 18 to 40 hours; the class B hospital ventilates on from arrival to extubation, 48
// to 90 hours, weaning as it comes. Each hospital counts its own hours and codes 96.71; together
// they often pass 96 hours, which neither claims.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-VENTTRANSFER-106',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'RS pemerintah kelas D Tanah Laut mengintubasi pasien gagal napas di IGD dan memakai ventilatornya 18-40 jam sampai ada tempat ICU di RS pemerintah kelas B; RS kelas B melanjutkan 48-90 jam sampai ekstubasi. Masing-masing menghitung jamnya sendiri (96.71); jumlahnya sering melewati 96 jam.',
    en: 'The class D government hospital of Tanah Laut intubates respiratory failure in its emergency room and ventilates 18-40 hours until the class B government hospital has an ICU bed; the class B hospital ventilates on 48-90 hours to extubation. Each counts its own hours (96.71); together they often pass 96.',
  },
  build(ctx) {
    const district = ctx.facility({ place: PLACES10.tanahLaut, hospitalClass: 'D', ownership: 'PEMERINTAH', offset: [0.15, 0.1] });
    const rs = ctx.facility({ place: PLACES10.tanahLaut, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const gp = ctx.doctor({ specialty: 'UMUM', at: [district] });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const spread = [
      [18, 78],
      [26, 90],
      [40, 61],
      [22, 48],
      [33, 84],
      [29, 70],
    ] as const;
    every('2026-01-22', spread.length, 19).forEach((day, i) => {
      const [there, here] = spread[i] as (typeof spread)[number];
      const member = patient(ctx, rs, day, i, { age: 44 + ((i * 9) % 30) });
      const dx = i % 2 ? ['J96.0', 'J18.9'] : ['J96.0', 'J44.1'];
      const moved = addDays(day, there > 30 ? 2 : 1);
      nearMiss.push(
        ctx.claim({
          member,
          facility: district,
          masuk: day,
          pulang: moved,
          cbg: 'J-4-20-I',
          dx,
          px: ['96.04', '96.71'],
          icuDays: 1,
          ventilatorHours: there,
          discharge: 2,
          dpjp: gp,
          scale: bill(12_600 + i),
          sep: igd({ masukAt: hhmm(6, 30), pulangAt: hhmm(there > 30 ? 12 : 13, 0) }),
        }),
        ctx.claim({
          member,
          facility: rs,
          masuk: moved,
          pulang: addDays(moved, Math.ceil(here / 24) + 3),
          cbg: here > 72 ? 'J-4-20-II' : 'J-4-20-I',
          dx,
          px: ['96.71', '87.44'],
          icuDays: Math.ceil(here / 24) + 1,
          ventilatorHours: here,
          dpjp: intensivist,
          scale: bill(12_620 + i),
          sep: inap(ctx.hospitalReferral(district, moved), { masukAt: hhmm(there > 30 ? 13 : 14, 30) }),
        }),
      );
    });
    return { nearMiss };
  },
});
