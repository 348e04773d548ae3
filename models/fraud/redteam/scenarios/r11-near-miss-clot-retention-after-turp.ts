// Near miss of READMISSION: a true complication with its treatment on the bill. After a
// transurethral prostatectomy the prostate bed can bleed again when the scab separates, one to two
// weeks later: clots block the catheter, the man comes back in retention and is given a
// three-way catheter with bladder irrigation and, when haemoglobin has fallen, a transfusion (EAU
// guidelines on non-neurogenic male LUTS, 2023: secondary haemorrhage 2-5%). At the class C
// government hospital of Ngawi, four of nine men operated between January and April come back
// through the emergency room five to nine days after discharge; the return stay carries the
// catheter, the transfusion and the blood service.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-NM-CLOTRETENTION-111',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Di RS pemerintah kelas C Ngawi empat dari sembilan pria yang menjalani TURP Januari-April kembali melalui IGD 5-9 hari setelah pulang dengan retensi bekuan darah akibat perdarahan sekunder; rawat inap kedua memuat kateter tiga jalur dengan irigasi, transfusi dan pelayanan darah.',
    en: 'At the class C government hospital of Ngawi four of nine men who had a transurethral prostatectomy in January-April come back through the emergency room 5-9 days after discharge with clot retention from secondary bleeding; the return stay carries the three-way catheter with irrigation, a transfusion and the blood service.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.ngawi, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    every('2026-01-12', 9, 12).forEach((day, i) => {
      const man = patient(ctx, rs, day, i, { age: 58 + ((i * 4) % 20), sex: 'L' });
      const home = addDays(day, 4);
      nearMiss.push(
        ctx.claim({
          member: man,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'N-1-20-I',
          dx: ['N40'],
          px: ['60.29', '57.94'],
          dpjp: urologist,
          scale: bill(14_600 + i),
          sep: inap(referredBy(ctx, man, puskesmas, rs, addDays(day, -6), ['N40']), { masukAt: hhmm(8, 30) }),
        }),
      );
      if (i % 2 === 1) {
        const back = addDays(home, 5 + (i % 5));
        nearMiss.push(
          ctx.claim({
            member: man,
            facility: rs,
            masuk: back,
            pulang: addDays(back, 3 + (i % 2)),
            cbg: 'N-4-11-II',
            dx: ['N40', 'D64.9'],
            px: ['57.94', '99.04', '90.59'],
            dpjp: urologist,
            billedRatio: 0.9,
            scale: times(bill(14_620 + i), { tarif_bmhp: 1.8 }),
            components: { tarif_pelayanan_darah: 950_000 + 120_000 * i },
            sep: igd({ masukAt: hhmm(1 + ((i * 7) % 21), 25) }),
          }),
        );
      }
    });
    return { nearMiss };
  },
});
