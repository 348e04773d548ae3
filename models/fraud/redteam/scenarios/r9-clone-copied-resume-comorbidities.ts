// DOMAIN.md section 3, CLONING, in the medical resume rather than the bill: at a class C private
// hospital in Gowa one internist's discharge summaries for elderly pneumonia patients are pasted
// from one template, five codes in the same order (pneumonia, hypertension, type 2 diabetes,
// hyperlipidaemia, reflux) and the same three procedures, so every stay groups at severity II.
// The bills are each patient's own (different days in, drugs, tests), so a bill comparison sees
// nothing; the diagnosis and procedure vector is the same to the last code on patients who never
// had the comorbidities on any other claim. His colleague's pneumonia stays are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const TEMPLATE_DX = ['J18.9', 'I10', 'E11.9', 'E78.5', 'K21.9'] as const;
const TEMPLATE_PX = ['87.44', '93.96', '99.21'] as const;

export default defineScenario({
  id: 'RT-CLONE-92',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Di RS swasta kelas C di Gowa resume pulang pasien pneumonia lansia seorang internis disalin dari satu templat: lima kode diagnosis dan tiga tindakan yang sama persis (hipertensi, diabetes, dislipidemia, refluks) sehingga semua keparahan II; tagihan masing-masing berbeda.',
    en: 'At a class C private hospital in Gowa one internist’s discharge summaries for elderly pneumonia patients are pasted from one template: the same five diagnoses and three procedures (hypertension, diabetes, dyslipidaemia, reflux), all at severity II; each bill is the patient’s own.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.gowa, hospitalClass: 'C' });
    const [copier, colleague] = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = every('2026-01-10', 9, 15).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 61 + ((i * 3) % 18) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 3)),
        cbg: 'J-4-16-II',
        dx: [...TEMPLATE_DX],
        px: [...TEMPLATE_PX],
        dpjp: copier,
        billedRatio: billOf('J-4-16-I', 'J-4-16-II'),
        scale: bill(9090 + i),
        sep: igd({ masukAt: hhmm(9 + ((i * 5) % 13), (17 * i) % 60) }),
      }),
    );
    const context = every('2026-01-16', 6, 20).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, 20 + i, { age: 63 + i }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 3)),
        cbg: i % 3 ? 'J-4-16-I' : 'J-4-16-II',
        dx: i % 3 ? ['J18.9'] : ['J18.9', i % 2 ? 'E11.9' : 'I10'],
        px: ['87.44', '99.21'],
        dpjp: colleague,
        scale: bill(9095 + i),
        sep: igd({ masukAt: hhmm(8 + i, 35) }),
      }),
    );
    return { fraud, context };
  },
});
