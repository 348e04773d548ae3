import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-READMIT-02',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Rumah sakit memulangkan pasien PPOK terlalu cepat lalu merawat lagi dalam 10-20 hari dengan digit keempat ICD-10 ditukar (J44.1 <-> J44.9).',
    en: 'A hospital discharges COPD patients too soon and readmits them within 10-20 days with the 4th ICD-10 digit swapped (J44.1 <-> J44.9).',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const plans = [
      { born: '1952-03-08', first: '2026-01-12', gap: 12, a: 'J44.1', b: 'J44.9', sevA: 'II', sevB: 'I' },
      { born: '1949-10-22', first: '2026-02-02', gap: 17, a: 'J44.9', b: 'J44.1', sevA: 'I', sevB: 'II' },
      { born: '1956-05-30', first: '2026-03-09', gap: 20, a: 'J44.1', b: 'J44.9', sevA: 'II', sevB: 'II' },
    ] as const;
    for (const p of plans) {
      const m = ctx.member({ sex: 'L', birthDate: p.born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const out = addDays(p.first, 4);
      context.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: p.first,
          pulang: out,
          cbg: `J-4-10-${p.sevA}`,
          dx: [p.a, 'I10'],
          px: ['93.96', '87.44'],
          dpjp: 2,
        }),
      );
      const back = addDays(out, p.gap);
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 4),
          cbg: `J-4-10-${p.sevB}`,
          dx: [p.b],
          px: ['93.96'],
          dpjp: 2,
        }),
      );
    }
    return { context, fraud };
  },
});
