// Near miss of UPCODING (a hospital's severity mix jumps): after a BPJS coding review in late
// February, the coders of a class C government hospital in Agam start coding the chronic
// comorbidities the resumes always named and they used to leave off: type 2 diabetes and
// hypertension, on patients whose puskesmas has dispensed their monthly PRB medicine for those
// very conditions all year. From March the hospital's pneumonia and cellulitis stays at severity
// II rise from almost none to most; every added code is on the patient's chronic record, the
// stays are as long as before and the bills a tenth higher (glucose checks, the usual tablets).
// January and February's under-coded stays are context; the newly complete ones are the near
// misses.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const GROUPS = [
  { cmg: 'J-4-16', dx: 'J18.9', px: ['87.44', '99.21'], los: 5 },
  { cmg: 'L-4-10', dx: 'L03.1', px: ['99.21'], los: 4 },
] as const;
/** A month of PRB medicine for diabetes or hypertension at a puskesmas (illustrative, rupiah). */
const PRB_MONTH = 180_000;

export default defineScenario({
  id: 'RT-NM-CODER-91',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Setelah reviu koding akhir Februari, koder RS pemerintah kelas C di Agam mulai mengode komorbid kronis (diabetes tipe 2, hipertensi) yang selalu tertulis di resume; pasien menerima obat PRB bulanan untuk kondisi itu sepanjang tahun. Keparahan II naik sejak Maret, lama rawat tetap, biaya sedikit lebih tinggi (cek gula darah, obat rutin).',
    en: 'After a coding review in late February the coders of a class C government hospital in Agam start coding the chronic comorbidities (type 2 diabetes, hypertension) the resumes always named; the patients draw monthly PRB medicine for them all year. Severity II rises from March; stays unchanged, bills slightly higher (glucose checks, usual tablets).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.agam, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 20, 7).forEach((day, i) => {
      const g = GROUPS[i % 2] as (typeof GROUPS)[number];
      const chronic = i % 2 ? 'I10' : 'E11.9';
      const member = patient(ctx, rs, day, i, { age: 52 + ((i * 5) % 25), segment: 'PBI' });
      // the chronic record: monthly PRB medicine from January to May
      for (let m = 0; m < 5; m++)
        ctx.prbClaim({ member, fktp: puskesmas, date: addDays('2026-01-03', 30 * m + (i % 5)), dx: chronic, days: 30, cost: PRB_MONTH });
      const complete = day >= '2026-03-01';
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, g.los + (i % 3) - 1),
        cbg: `${g.cmg}-${complete ? 'II' : 'I'}`,
        dx: complete ? [g.dx, chronic] : [g.dx],
        px: [...g.px],
        dpjp: internists[i % 2] as string,
        // a severity-I stay's bill and a tenth more for the comorbidity's care
        billedRatio: complete ? 1.1 * billOf(`${g.cmg}-I`, `${g.cmg}-II`) : 0.85,
        scale: bill(9210 + i),
        sep: igd({ masukAt: hhmm(10 + (i % 11), (13 * i) % 60) }),
      });
      (complete ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
