// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions normally
// treated as outpatients", moved to two nights. A new class D private hospital in Temanggung
// (Central Java) sees benign positional vertigo (H81.1) at its neurology clinic and sends the
// patients home with betahistine and a repositioning manoeuvre (sixteen visits, context). Five
// patients seen at the Friday clinic are admitted instead "for observation" over two nights
// (G-4-15-I), with an ECG and nothing a ward adds: no imaging, no infusion, walking by Saturday.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const ADMITTED = new Set([2, 6, 9, 13, 17]);

export default defineScenario({
  id: 'RT-UNNEC-131',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas D baru di Temanggung menangani vertigo posisional jinak (H81.1) di poli saraf dan memulangkan pasien dengan betahistin dan manuver reposisi. Lima pasien poli hari Jumat malah dirawat "untuk observasi" dua malam (G-4-15-I) dengan EKG saja: tanpa pencitraan, tanpa infus, sudah berjalan sendiri pada hari Sabtu.',
    en: 'A new class D private hospital in Temanggung treats benign positional vertigo (H81.1) at its neurology clinic and sends patients home with betahistine and a repositioning manoeuvre. Five patients of the Friday clinic are admitted instead "for observation" over two nights (G-4-15-I) with only an ECG: no imaging, no infusion, walking by Saturday.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.temanggung, hospitalClass: 'D' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    // clinic days from a Monday, every fifth or so; the admitted ones moved to that week's Friday
    every('2026-01-05', 20, 6.5).forEach((d, i) => {
      const admitted = ADMITTED.has(i);
      const monday = addDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7));
      const day = admitted ? clinicDay(addDays(monday, 4)) : clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 36 + ((i * 5) % 38), sex: i % 3 ? 'P' : 'L' });
      const referral = referredBy(ctx, member, puskesmas, rs, day, ['H81.1']);
      const claim = admitted
        ? ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 2),
            cbg: 'G-4-15-I',
            dx: ['H81.1'],
            px: ['89.52'],
            dpjp: neurologist,
            scale: bill(14_500 + i),
            sep: inap(referral, { masukAt: hhmm(10 + (i % 3), (11 * i) % 60) }),
          })
        : ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'G-5-18-0',
            dx: ['H81.1'],
            px: [],
            dpjp: neurologist,
            scale: bill(14_500 + i),
            sep: jalan(referral, { masukAt: hhmm(8 + (i % 4), (11 * i) % 60) }),
          });
      (admitted ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
