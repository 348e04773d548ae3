// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission without medical need", moved off the one-day
// stay. A new class D private hospital in Tanjung (Lombok Utara, West Nusa Tenggara) sees adults with
// acute bronchitis and colds referred by their puskesmas at its clinic and sends them home with
// tablets (fifteen visits, context), and admits the few who are breathless, on oxygen, for three
// days as bronchitis (two stays, context). On Saturdays, when the clinic closes at noon, five
// young adults with the same mild bronchitis, no oxygen and a normal chest X-ray are admitted
// instead and kept two nights (J-4-19-I).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const SATURDAY_ADMISSIONS = new Set([2, 6, 10, 15, 19]);
const BREATHLESS = new Set([4, 13]);

/** The Saturday of a day's week (Monday to Sunday). */
const saturdayOf = (iso: string): string => addDays(iso, 6 - ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) - 1);

export default defineScenario({
  id: 'RT-UNNEC-141',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas D baru di Tanjung (Lombok Utara) memeriksa orang dewasa dengan bronkitis akut dan selesma rujukan puskesmas di poli lalu memulangkan mereka dengan obat, dan merawat tiga hari yang sesak dengan oksigen. Pada hari Sabtu, saat poli tutup siang, lima dewasa muda dengan bronkitis ringan yang sama, tanpa oksigen dan foto toraks normal justru dirawat dua malam (J-4-19-I).',
    en: 'A new class D private hospital in Tanjung (Lombok Utara) sees referred adults with acute bronchitis and colds at its clinic and sends them home with tablets, and admits the breathless few on oxygen for three days. On Saturdays, when the clinic closes at noon, five young adults with the same mild bronchitis, no oxygen and a normal chest X-ray are admitted instead and kept two nights (J-4-19-I).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.lombokUtara, hospitalClass: 'D' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 22, 6.3).forEach((d, i) => {
      const admitted = SATURDAY_ADMISSIONS.has(i);
      const breathless = BREATHLESS.has(i);
      const day = clinicDay(admitted ? saturdayOf(d) : d);
      const member = patient(ctx, rs, day, i, { age: admitted ? 21 + ((i * 3) % 15) : 20 + ((i * 7) % 45) });
      const dx = i % 4 === 3 && !admitted && !breathless ? ['J06.9'] : ['J20.9'];
      const referral = referredBy(ctx, member, puskesmas, rs, day, dx);
      const claim =
        admitted || breathless
          ? ctx.claim({
              member,
              facility: rs,
              masuk: day,
              pulang: addDays(day, breathless ? 3 : 2),
              cbg: 'J-4-19-I',
              dx,
              px: breathless ? ['87.44', '93.96'] : ['87.44'],
              dpjp: internist,
              scale: breathless ? times(bill(18_800 + i), { tarif_obat: 1.3 }) : bill(18_800 + i),
              sep: inap(referral, { masukAt: hhmm(admitted ? 11 : 9, (7 * i) % 60) }),
            })
          : ctx.claim({
              member,
              facility: rs,
              masuk: day,
              cbg: 'Q-5-42-0',
              dx,
              dpjp: internist,
              scale: bill(18_800 + i),
              sep: jalan(referral, { masukAt: hhmm(8 + (i % 4), (7 * i) % 60) }),
            });
      (admitted ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
