// Near miss of UNNECESSARY_TREATMENT (RT-UNNEC-101's honest twin: admitted for an endoscopy). The
// class C government hospital of Bulukumba admits patients who vomit blood or pass black stools
// through its emergency department: a blood count, a transfusion when the haemoglobin is low, an
// upper endoscopy within a day to find and treat the ulcer, and three to five days of intravenous
// acid suppression. The endoscopy is an inpatient's because the bleeding is.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-GIBLEED-109',
  kind: 'near_miss',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS pemerintah kelas C Bulukumba merawat pasien muntah darah atau BAB hitam lewat IGD: darah lengkap, transfusi bila hemoglobin rendah, endoskopi saluran cerna atas dalam sehari dan tiga-lima hari penekan asam infus; endoskopi dilakukan saat rawat inap karena perdarahannya.',
    en: 'The class C government hospital of Bulukumba admits patients vomiting blood or passing black stools through its emergency department: a blood count, a transfusion when haemoglobin is low, an upper endoscopy within a day and three to five days of intravenous acid suppression; the endoscopy is an inpatient’s because the bleeding is.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.bulukumba, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-13', 8, 15).map((day, i) => {
      const transfused = i % 3 !== 2;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 38 + ((i * 7) % 35) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 3)),
        cbg: transfused ? 'K-4-18-II' : 'K-4-18-I',
        dx: transfused ? [i % 2 ? 'K92.0' : 'K92.2', 'K25.9', 'D64.9'] : ['K92.2', 'K25.9'],
        px: transfused ? ['45.13', '99.04'] : ['45.13'],
        dpjp: internist,
        scale: times(bill(12_900 + i), transfused ? { tarif_pelayanan_darah: 6 } : {}),
        sep: igd({ masukAt: hhmm((3 + 5 * i) % 24, (13 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
