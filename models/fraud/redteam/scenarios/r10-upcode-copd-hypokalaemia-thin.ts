// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", spread thinly. Coders have learnt that a complication needs its
// treatment coded: at a new class B private hospital in Kendal four coders each add hypokalaemia
// (E87.6, salbutamol lowers potassium) and the electrolyte-infusion code 99.18 to about one COPD
// exacerbation in three, January to May, lifting J-4-10 to severity II, never III. Nothing of a
// potassium correction reaches the bill: drugs, laboratory and consumables are those of the
// hospital's uncoded exacerbations (context), the stay the same five days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-105',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Empat koder RS swasta kelas B baru di Kendal masing-masing menambahkan hipokalemia (E87.6) beserta kode infus elektrolit 99.18 pada sekitar sepertiga eksaserbasi PPOK Januari-Mei sehingga keparahan naik ke II; obat, laboratorium dan BMHP sama dengan rawat PPOK lain, lima hari.',
    en: 'Four coders of a new class B private hospital in Kendal each add hypokalaemia (E87.6) with the electrolyte-infusion code 99.18 to about one COPD exacerbation in three from January to May, lifting severity to II; drugs, laboratory and consumables those of the other COPD stays, five days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.kendal, hospitalClass: 'B' });
    const pulmonologists = [ctx.doctor({ specialty: 'SP_P', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const doctors = [...pulmonologists, internist];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 27, 5.3).forEach((day, i) => {
      const coded = i % 3 === 1;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 48 + ((i * 7) % 30), sex: i % 5 ? 'L' : 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5 + (i % 4 === 0 ? 1 : 0)),
        cbg: coded ? 'J-4-10-II' : 'J-4-10-I',
        dx: coded ? ['J44.1', 'E87.6'] : ['J44.1'],
        px: coded ? ['93.96', '87.44', '99.18'] : ['93.96', '87.44'],
        dpjp: doctors[i % 3] as string,
        // four coders in turn: each codes up some of his own share
        coder: 1 + (i % 4),
        billedRatio: coded ? billOf('J-4-10-I', 'J-4-10-II') : 0.85,
        scale: bill(10_500 + i),
        sep: igd({ masukAt: hhmm((i * 5) % 24, (7 * i) % 60) }),
      });
      (coded ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
