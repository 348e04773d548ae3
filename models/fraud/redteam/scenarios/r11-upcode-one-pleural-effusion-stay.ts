// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component", the hard case of one stay among many. A new class B private
// hospital in Rejang Lebong (Bengkulu) codes its pneumonia, urinary-infection and typhoid stays
// honestly from January to May, three coders and four internists. Once, in April, a coder reads
// "minimal blunting of the costophrenic angle" on a pneumonia patient's chest X-ray and codes a
// pleural effusion (J90), lifting the stay to J-4-16-II: no drainage (34.04), no second film or
// ultrasound, five days like every other pneumonia there, the bill of a severity-I stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

/** The honest mix: group, diagnoses, procedures, days. */
const HONEST = [
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], days: 5 },
  { cbg: 'N-4-11-I', dx: ['N39.0'], px: ['99.21'], days: 3 },
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'], days: 4 },
  { cbg: 'J-4-16-I', dx: ['J18.0'], px: ['87.44', '99.21'], days: 5 },
] as const;

export default defineScenario({
  id: 'RT-UPCODE-111',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B baru di Rejang Lebong mengode rawat inap pneumonia, ISK dan tifoid dengan jujur Januari-Mei; sekali, pada April, koder menambahkan efusi pleura (J90) dari catatan "sudut kostofrenikus tumpul minimal" pada satu pasien pneumonia sehingga keparahan naik ke II, tanpa drainase, foto ulang atau USG, lima hari, tagihan keparahan I.',
    en: 'A new class B private hospital in Rejang Lebong codes its pneumonia, urinary-infection and typhoid stays honestly from January to May; once, in April, a coder adds a pleural effusion (J90) from a "minimal blunting of the costophrenic angle" note to one pneumonia stay, lifting severity to II: no drainage, no second film or ultrasound, five days, a severity-I bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.rejangLebong, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internists = [0, 1, 2, 3].map(() => ctx.doctor({ specialty: 'SP_PD', at: [rs] }));
    const context: BuiltClaim[] = every('2026-01-05', 28, 5).map((day, i) => {
      const h = HONEST[i % HONEST.length] as (typeof HONEST)[number];
      const member = patient(ctx, rs, day, i, { age: 24 + ((i * 7) % 50) });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, h.days + (i % 5 === 0 ? 1 : 0)),
        cbg: h.cbg,
        dx: [...h.dx],
        px: [...h.px],
        dpjp: internists[i % 4] as string,
        coder: 1 + (i % 3),
        scale: bill(13_100 + i),
        sep:
          i % 3 === 0
            ? inap(referredBy(ctx, member, puskesmas, rs, day, [...h.dx]), { masukAt: hhmm(9 + (i % 5), 10) })
            : igd({ masukAt: hhmm(7 + ((i * 5) % 15), (7 * i) % 60) }),
      });
    });
    const day = '2026-04-14';
    const member = patient(ctx, rs, day, 40, { age: 61, sex: 'P' });
    const fraud = [
      ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'J-4-16-II',
        dx: ['J18.9', 'J90'],
        px: ['87.44', '99.21'],
        dpjp: internists[2] as string,
        coder: 2,
        billedRatio: billOf('J-4-16-I', 'J-4-16-II'),
        scale: bill(13_190),
        sep: igd({ masukAt: hhmm(16, 40) }),
      }),
    ];
    return { fraud, context };
  },
});
