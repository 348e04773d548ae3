// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission or treatment without medical need".
// WHO's diarrhoea guideline (Treatment of diarrhoea, 2005; Kemenkes LINTAS Diare) treats a
// child with no dehydration at home (plan A: oral rehydration salts and zinc); only severe
// dehydration needs intravenous fluids in hospital. A class D hospital admits children with
// acute diarrhoea and no dehydration coded (A09 only, no E86) for two nights of intravenous
// fluids on puskesmas referrals it asks for, weekday and weekend alike.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-UNNEC-61',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS kelas D merawat inap anak dengan diare akut tanpa dehidrasi (hanya A09, tanpa E86) dua malam dengan infus, atas rujukan puskesmas; menurut pedoman WHO dan LINTAS Diare anak tanpa dehidrasi diobati di rumah dengan oralit dan zinc.',
    en: 'A class D hospital admits children with acute diarrhoea and no dehydration (A09 only, no E86) for two nights of intravenous fluids on puskesmas referrals; WHO and the national guideline treat a child with no dehydration at home with oral rehydration and zinc.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.tasikmalaya, hospitalClass: 'D', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const children = [
      ['L', '2023-03-14', '2026-01-08'],
      ['P', '2021-07-29', '2026-01-20'],
      ['L', '2019-11-02', '2026-02-04'],
      ['P', '2024-01-17', '2026-02-18'],
      ['L', '2020-05-23', '2026-03-05'],
      ['P', '2022-09-10', '2026-03-26'],
      ['L', '2018-12-06', '2026-04-15'],
      ['P', '2023-06-30', '2026-05-07'],
    ] as const;
    const fraud: BuiltClaim[] = children.map(([sex, born, day], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['A09']);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'K-4-17-I',
        dx: ['A09'],
        px: ['99.18'],
        dpjp: paediatrician,
        scale: bill(200 + i),
        sep: inap(p.referral, { masukAt: hhmm(10 + (i % 5), 30), pulangAt: hhmm(9 + (i % 3), 0) }),
      });
    });
    return { fraud };
  },
});
