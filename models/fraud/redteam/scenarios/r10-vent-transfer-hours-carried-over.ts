// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h". Each hospital
// counts the hours it ventilated (from its own start, or the patient's arrival intubated, to
// extubation). A new class C government hospital in Maros intubates respiratory-failure patients in
// its emergency room and transfers them the next evening (about a day on its ventilator, 96.71;
// context) to a new class B private hospital in the same regency, whose ICU adds the referring
// hospital's hours to its own: every transfer ends at 97-103 hours and 96.72, although its own
// ventilation ran 74-80 hours. The stays and ICU days leave room for either.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-VENT-101',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RS pemerintah kelas C baru di Maros mengintubasi pasien gagal napas di IGD dan merujuknya keesokan malam ke RS swasta kelas B baru di kabupaten yang sama; ICU RS kelas B menambahkan jam ventilator RS perujuk ke jamnya sendiri sehingga setiap rujukan tercatat 97-103 jam (96.72), padahal ventilasinya sendiri 74-80 jam.',
    en: 'A new class C government hospital in Maros intubates respiratory-failure patients in its emergency room and transfers them the next evening to a new class B private hospital in the same regency, whose ICU adds the referring hospital’s hours to its own: every transfer ends at 97-103 hours (96.72), its own ventilation 74-80.',
  },
  build(ctx) {
    const first = ctx.facility({ place: PLACES10.maros, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const rs = ctx.facility({ place: PLACES10.maros, hospitalClass: 'B', offset: [0.03, 0.02] });
    const emergency = ctx.doctor({ specialty: 'SP_AN', at: [first] });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-16', 7, 18).forEach((day, i) => {
      const member = patient(ctx, first, day, i, { age: 46 + ((i * 7) % 28) });
      const dx = i % 2 ? ['J96.0', 'J18.9'] : ['J96.0', 'J44.1'];
      const ownHours = 22 + (i % 4);
      const transfer = addDays(day, 1);
      context.push(
        ctx.claim({
          member,
          facility: first,
          masuk: day,
          pulang: transfer,
          cbg: 'J-4-20-I',
          dx,
          px: ['96.04', '96.71'],
          icuDays: 1,
          ventilatorHours: ownHours,
          discharge: 2,
          dpjp: emergency,
          scale: bill(11_700 + i),
          sep: igd({ masukAt: hhmm(19, 10 * (i % 5)), pulangAt: hhmm(20, 30) }),
        }),
      );
      const carried = 75 + (i % 6);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: transfer,
          pulang: addDays(transfer, 6),
          cbg: 'J-4-20-II',
          dx,
          px: ['96.72', '87.44'],
          icuDays: 5,
          ventilatorHours: ownHours + carried,
          dpjp: intensivist,
          scale: bill(11_720 + i),
          sep: inap(ctx.hospitalReferral(first, transfer), { masukAt: hhmm(21, 45) }),
        }),
      );
    });
    return { context, fraud };
  },
});
