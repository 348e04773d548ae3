// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". A class C private hospital in Garut adds acute kidney injury
// (N17.9) to ordinary urinary tract infections: the grouper lifts N-4-11 from severity I to III
// (2.2 times the tariff). An injured kidney is followed: creatinine twice, fluids balanced, a
// nephrology opinion, often a longer stay. Here nothing of it: three or four days, the bill of a
// severity-I stay, the same laboratory line as the hospital's uncoded infections beside them.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-UPCODE-91',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C di Garut menambahkan kode gagal ginjal akut (N17.9) pada infeksi saluran kemih biasa sehingga keparahan naik dari I ke III; tiga-empat hari, tanpa pemeriksaan atau cairan tambahan, tagihan setara keparahan I.',
    en: 'A class C private hospital in Garut adds acute kidney injury (N17.9) to ordinary urinary tract infections, lifting severity from I to III; three to four days, no extra tests or fluids, the bill of a severity-I stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.garut, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const stay = (day: string, i: number, coded: boolean): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 30 + ((i * 7) % 40), sex: i % 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 2)),
        cbg: coded ? 'N-4-11-III' : 'N-4-11-I',
        dx: coded ? ['N39.0', 'N17.9'] : ['N39.0'],
        px: ['90.59'],
        dpjp: internists[i % 2] as string,
        billedRatio: coded ? billOf('N-4-11-I', 'N-4-11-III') : 0.85,
        scale: bill(9100 + i),
        sep: igd({ masukAt: hhmm(17 + (i % 6), (13 * i) % 60) }),
      });
    const fraud = every('2026-01-14', 7, 17).map((day, i) => stay(day, i, true));
    const context = every('2026-01-20', 6, 21).map((day, i) => stay(day, 10 + i, false));
    return { fraud, context };
  },
});
