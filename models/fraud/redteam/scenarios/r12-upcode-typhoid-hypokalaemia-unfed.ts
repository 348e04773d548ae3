// DOMAIN.md section 3, UPCODING: a severity-raising secondary with no supporting procedure. At a
// new class C private hospital in Luwu Timur (South Sulawesi, WITA) typhoid is admitted all year
// (sixteen stays, context: antibiotic injections, four days, severity I). In April a new coder login
// adds E87.6 (hypokalaemia) from one low admission value on three stays within two weeks and the
// group becomes A-4-11-II, but no potassium was infused (no 99.18), the laboratory line is the
// ordinary one and the stays end on the fourth day as the others do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-UPCODE-123',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Luwu Timur merawat demam tifoid sepanjang tahun (enam belas rawat inap, keparahan I); pada April login koder baru menambah E87.6 (hipokalemia) dari satu nilai lab pada tiga rawat inap dalam dua minggu sehingga menjadi A-4-11-II, tanpa infus kalium, laboratorium biasa, pulang hari keempat.',
    en: 'A new class C private hospital in Luwu Timur admits typhoid all year (sixteen stays, severity I); in April a new coder login adds E87.6 (hypokalaemia) from one laboratory value on three stays within two weeks and the group becomes A-4-11-II, with no potassium infused, an ordinary laboratory line and discharge on the fourth day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.luwuTimur, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const days = [...every('2026-01-05', 13, 7), '2026-04-08', '2026-04-13', '2026-04-19'].sort();
    days.forEach((day, i) => {
      const raised = day >= '2026-04-08' && day <= '2026-04-19';
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 14 + ((i * 5) % 40) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: raised ? 'A-4-11-II' : 'A-4-11-I',
        dx: raised ? ['A01.0', 'E87.6'] : ['A01.0'],
        px: ['99.21'],
        dpjp: internist,
        coder: raised ? 7 : 1 + (i % 2),
        ...(raised ? { billedRatio: billOf('A-4-11-I', 'A-4-11-II') } : {}),
        scale: bill(12_500 + i),
        sep: igd({ masukAt: hhmm(16 + (i % 7), (7 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
