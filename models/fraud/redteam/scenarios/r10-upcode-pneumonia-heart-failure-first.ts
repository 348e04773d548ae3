// DOMAIN.md section 3, UPCODING: a diagnosis "coded higher" by sequencing. Stable heart-failure
// patients of a new class C private hospital in Tulungagung (monthly cardiac controls, context)
// are admitted with pneumonia: antibiotics, a chest X-ray, oxygen, five days. The coder puts the
// chronic heart failure first (I50.0) and the pneumonia second, so the stay groups I-4-12 at
// severity II instead of J-4-16-I: no echocardiogram, no diuretic infusion, no change in the
// cardiac drugs; the bill is a pneumonia's, like the hospital's other pneumonias (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-106',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Tulungagung merawat pasien gagal jantung stabil yang terkena pneumonia (antibiotik, foto toraks, oksigen, lima hari) tetapi koder menaruh gagal jantung (I50.0) sebagai diagnosis utama sehingga dikelompokkan I-4-12-II; tanpa ekokardiografi atau diuretik infus, tagihan pneumonia.',
    en: 'A new class C private hospital in Tulungagung treats stable heart-failure patients for pneumonia (antibiotics, chest X-ray, oxygen, five days) but the coder puts heart failure (I50.0) first, grouping I-4-12-II; no echocardiogram or intravenous diuretic, a pneumonia bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.tulungagung, hospitalClass: 'C' });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-02-02', 7, 15).forEach((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 58 + ((i * 5) % 20) });
      // the monthly cardiac control before the pneumonia: chronic heart failure, stable
      const control = clinicDay(addDays(day, -(20 + i)));
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: control,
          cbg: 'Q-5-44-0',
          dx: ['I50.9', 'I10'],
          dpjp: cardiologist,
          scale: bill(10_600 + i),
          sep: jalan(ctx.hospitalReferral(rs, addDays(control, -28)), { masukAt: hhmm(8 + (i % 4), 15) }),
        }),
      );
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 5),
          cbg: 'I-4-12-II',
          dx: ['I50.0', 'J18.9'],
          px: ['87.44', '99.21', '93.96'],
          dpjp: internist,
          billedRatio: billOf('J-4-16-I', 'I-4-12-II'),
          scale: bill(10_620 + i),
          sep: igd({ masukAt: hhmm(14 + (i % 9), (19 * i) % 60) }),
        }),
      );
    });
    // the hospital's other pneumonias, coded as pneumonias
    every('2026-01-12', 6, 21).forEach((day, i) =>
      context.push(
        ctx.claim({
          member: patient(ctx, rs, day, 20 + i, { age: 45 + ((i * 8) % 30) }),
          facility: rs,
          masuk: day,
          pulang: addDays(day, 5),
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '99.21', '93.96'],
          dpjp: internist,
          scale: bill(10_640 + i),
          sep: igd({ masukAt: hhmm(10 + i, 40) }),
        }),
      ),
    );
    return { fraud, context };
  },
});
