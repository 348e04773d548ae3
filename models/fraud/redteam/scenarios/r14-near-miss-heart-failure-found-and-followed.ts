// Near miss for UPCODING: a comorbidity recorded for the first time on a stay, found, treated and
// followed. A new class C private hospital in Taliwang (Sumbawa Barat, West Nusa Tenggara) treats
// community pneumonia in five days (J-4-16-I; fourteen stays, context). In four older patients the
// chest X-ray shows a large heart and the echocardiogram (88.72) a weak ventricle: heart failure,
// never diagnosed before, coded I50.0 and grouped J-4-16-II, with diuretics, seven days, and the
// patients then come to the cardiac clinic two and six weeks later with the same diagnosis (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const FOUND = new Set([2, 6, 9, 13]);

export default defineScenario({
  id: 'RT-NM-HEARTFAILURE-141',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Taliwang merawat pneumonia komunitas lima hari. Pada empat pasien tua foto toraks menunjukkan jantung besar dan ekokardiografi (88.72) ventrikel yang lemah: gagal jantung yang belum pernah didiagnosis, dikode I50.0 dan dikelompokkan J-4-16-II, dengan diuretik, tujuh hari, lalu pasien kontrol ke poli jantung dua dan enam minggu kemudian dengan diagnosis yang sama.',
    en: 'A new class C private hospital in Taliwang treats community pneumonia in five days. In four older patients the chest X-ray shows a large heart and the echocardiogram (88.72) a weak ventricle: heart failure never diagnosed before, coded I50.0 and grouped J-4-16-II, with diuretics, seven days, and the patients then attend the cardiac clinic two and six weeks later with the same diagnosis.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.sumbawaBarat, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 18, 6.6).forEach((day, i) => {
      const found = FOUND.has(i);
      const member = patient(ctx, rs, day, i, { age: found ? 61 + (i % 15) : 28 + ((i * 7) % 45) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, found ? 7 : 5),
        cbg: found ? 'J-4-16-II' : 'J-4-16-I',
        dx: found ? ['J18.9', 'I50.0'] : ['J18.9'],
        px: found ? ['87.44', '93.96', '99.21', '88.72', '89.52'] : ['87.44', '93.96', '99.21'],
        dpjp: internist,
        scale: found
          ? times(bill(19_900 + i), { tarif_radiologi: 1.6, tarif_laboratorium: 1.3, tarif_kamar: 1.35, tarif_keperawatan: 1.35 })
          : bill(19_900 + i),
        sep: igd({ masukAt: hhmm(9 + ((i * 5) % 13), (41 * i) % 60) }),
      });
      if (!found) {
        context.push(claim);
        return;
      }
      nearMiss.push(claim);
      const discharged = addDays(day, 7);
      const control = ctx.hospitalReferral(rs, discharged);
      [14, 42].forEach((after, k) => {
        const visit = clinicDay(addDays(discharged, after));
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: visit,
            cbg: 'I-5-16-0',
            dx: ['I50.0'],
            px: ['89.52'],
            dpjp: cardiologist,
            scale: bill(19_950 + 2 * i + k),
            sep: jalan(control, { masukAt: hhmm(9 + k, 10 * (i % 5)) }),
          }),
        );
      });
    });
    return { nearMiss, context };
  },
});
