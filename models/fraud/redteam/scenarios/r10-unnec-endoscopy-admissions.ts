// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission or treatment without medical need".
// A diagnostic upper endoscopy or colonoscopy is a day procedure: fasting from midnight, sedation,
// home the same afternoon. A new class C private hospital in Karangasem admits its clinic patients
// with dyspepsia, reflux or haemorrhoids and constipation for two nights around the scope, on a
// puskesmas referral, grouped K-4-17-I: no bleeding, anaemia, transfusion or weight loss, nothing
// on the bill but the scope, a blood count and two nights of room and nursing.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

const CASES = [
  { dx: ['K30'], px: ['45.13'] },
  { dx: ['K21.9'], px: ['45.13'] },
  { dx: ['I84.9', 'K59.0'], px: ['45.23'] },
  { dx: ['K29.7'], px: ['45.13'] },
] as const;

export default defineScenario({
  id: 'RT-UNNEC-101',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas C baru di Karangasem merawat inap dua malam pasien poli dengan dispepsia, refluks atau wasir dan konstipasi untuk endoskopi atau kolonoskopi diagnostik yang semestinya tindakan sehari (K-4-17-I); tanpa perdarahan, anemia atau transfusi.',
    en: 'A new class C private hospital in Karangasem admits clinic patients with dyspepsia, reflux or haemorrhoids and constipation for two nights around a diagnostic endoscopy or colonoscopy, a day procedure (K-4-17-I); no bleeding, anaemia or transfusion.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.karangasem, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-12', 9, 14).map((d, i) => {
      const day = clinicDay(d);
      const c = CASES[i % CASES.length] as (typeof CASES)[number];
      const member = patient(ctx, rs, day, i, { age: 30 + ((i * 7) % 35) });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'K-4-17-I',
        dx: [...c.dx],
        px: [...c.px],
        dpjp: internist,
        scale: bill(11_600 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -(3 + (i % 6))), [c.dx[0]]), {
          masukAt: hhmm(13 + (i % 3), 15),
        }),
      });
    });
    return { fraud };
  },
});
