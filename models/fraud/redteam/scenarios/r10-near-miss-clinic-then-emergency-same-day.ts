// Near miss of UNBUNDLING ("several SEPs for one patient on the same day; outpatient and
// inpatient same day"). In the dengue season feverish adults referred by the puskesmas are seen in
// the morning clinic of the class C government hospital of Kulon Progo on the third day of fever:
// a blood count, platelets still above 100,000, sent home with fluids and told to come back if
// warning signs appear. That night some return through the emergency department with abdominal
// pain, vomiting and falling platelets and are admitted: two SEPs on one day, by two doctors,
// each for what happened, the admission eleven to thirteen hours after the visit.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-SAMEDAY-102',
  kind: 'near_miss',
  code: 'UNBUNDLING',
  description: {
    id: 'Pada musim dengue pasien demam hari ketiga rujukan puskesmas diperiksa di poli pagi RS pemerintah kelas C Kulon Progo, trombosit masih di atas 100.000, dipulangkan; malamnya sebagian kembali lewat IGD dengan tanda bahaya dan dirawat: dua SEP dalam sehari oleh dua dokter, masing-masing sesuai kejadian.',
    en: 'In the dengue season patients on day three of fever, referred by the puskesmas, are seen in the morning clinic of the class C government hospital of Kulon Progo, platelets still above 100,000, and sent home; that night some return through the emergency department with warning signs and are admitted: two SEPs in a day by two doctors.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.kulonProgo, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const emergency = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    every('2026-02-02', 7, 8).forEach((d, i) => {
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 17 + ((i * 7) % 35) });
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'Q-5-42-0',
          dx: ['R50.9'],
          px: ['90.59'],
          dpjp: internist,
          scale: bill(12_300 + i),
          sep: jalan(referredBy(ctx, member, puskesmas, rs, day, ['R50.9']), { masukAt: hhmm(8, 10 + 5 * i), pulangAt: hhmm(10, 5 * i) }),
        }),
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 4 + (i % 2)),
          cbg: 'A-4-13-I',
          dx: ['A91'],
          px: ['90.59'],
          dpjp: emergency,
          scale: bill(12_320 + i),
          sep: igd({ masukAt: hhmm(21 + (i % 3), 5 * i) }),
        }),
      );
    });
    return { nearMiss };
  },
});
