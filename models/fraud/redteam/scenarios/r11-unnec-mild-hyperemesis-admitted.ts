// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission or treatment without medical need; 1-day
// severity-I admissions for conditions normally treated as outpatients". Mild hyperemesis
// gravidarum (O21.0: vomiting without dehydration or metabolic disturbance) is treated at home
// with advice, small meals and an oral antiemetic (RCOG Green-top Guideline 69, 2016: ambulatory or
// day-case care; admission only when fluids or antiemetics fail by mouth). A new class C private
// hospital in Pemalang admits pregnant women of eight to fourteen weeks whom their puskesmas
// refers with O21.0 for one or two nights of intravenous fluids (O-6-14-I); the antenatal visit at
// the puskesmas a week or two before recorded a normal pregnancy, and no laboratory abnormality is
// coded.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UNNEC-111',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas C baru di Pemalang merawat inap satu-dua malam ibu hamil 8-14 minggu yang dirujuk puskesmas dengan hiperemesis gravidarum ringan (O21.0) untuk cairan infus (O-6-14-I), padahal hiperemesis ringan ditangani rawat jalan; kunjungan antenatal di puskesmas satu-dua minggu sebelumnya mencatat kehamilan normal, tanpa kelainan laboratorium.',
    en: 'A new class C private hospital in Pemalang admits pregnant women of 8-14 weeks referred by their puskesmas with mild hyperemesis gravidarum (O21.0) for one or two nights of intravenous fluids (O-6-14-I), although mild hyperemesis is outpatient care; the puskesmas antenatal visit a week or two before recorded a normal pregnancy, and no laboratory abnormality is coded.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.pemalang, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const fraud: BuiltClaim[] = every('2026-01-12', 10, 12).map((d, i) => {
      const day = clinicDay(d);
      const mother = patient(ctx, rs, day, i, { age: 21 + ((i * 3) % 16), sex: 'P' });
      // the antenatal (healthy) visit before: nothing wrong
      ctx.fktpVisit({ member: mother, fktp: puskesmas, date: clinicDay(addDays(day, -8 - (i % 6))), dx: [] });
      return ctx.claim({
        member: mother,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1 + (i % 2)),
        cbg: 'O-6-14-I',
        dx: ['O21.0'],
        px: ['99.18'],
        dpjp: obstetricians[i % 2] as string,
        scale: bill(15_900 + i),
        sep: inap(referredBy(ctx, mother, puskesmas, rs, day, ['O21.0']), { masukAt: hhmm(11 + (i % 4), 5 * i), pulangAt: hhmm(9, 30) }),
      });
    });
    return { fraud };
  },
});
