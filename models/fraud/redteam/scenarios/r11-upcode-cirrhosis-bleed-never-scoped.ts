// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". A cirrhotic patient who vomits blood has variceal bleeding until
// an endoscopy says otherwise: it is scoped within 12 hours, banded, and transfused when
// haemoglobin falls (Baveno VII, 2022). A new class C government hospital in Belu (East Nusa
// Tenggara, on the Timor border) admits decompensated cirrhosis (ascites, jaundice) for five
// days; on five of twelve stays the coder adds haematemesis (K92.0) from a note of "dark
// vomitus", grouping B-4-13-III: no endoscopy, no transfusion, no blood service, the same drugs
// and days as the rest.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-UPCODE-117',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas C baru di Belu merawat sirosis dekompensata lima hari; pada lima dari dua belas rawat inap koder menambahkan hematemesis (K92.0) dari catatan "muntah gelap" sehingga masuk B-4-13-III, tanpa endoskopi, transfusi atau pelayanan darah, obat dan lama rawat sama dengan yang lain.',
    en: 'A new class C government hospital in Belu admits decompensated cirrhosis for five days; on five of twelve stays the coder adds haematemesis (K92.0) from a note of "dark vomitus", grouping B-4-13-III, with no endoscopy, transfusion or blood service, the same drugs and days as the rest.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.belu, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-14', 12, 11).forEach((day, i) => {
      const raised = [1, 3, 6, 8, 10].includes(i);
      const member = patient(ctx, rs, day, i, { age: 41 + ((i * 6) % 30), sex: i % 3 === 2 ? 'P' : 'L' });
      const dx = i % 4 === 1 ? ['K74.6', 'B18.1'] : ['K74.6'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: raised ? 'B-4-13-III' : 'B-4-13-I',
        dx: raised ? [...dx, 'K92.0'] : dx,
        px: ['88.76', '90.59'],
        dpjp: internist,
        coder: 1,
        billedRatio: raised ? billOf('B-4-13-I', 'B-4-13-III') : 0.85,
        scale: bill(13_700 + i),
        sep:
          i % 3 === 0
            ? inap(referredBy(ctx, member, puskesmas, rs, day, ['K74.6']), { masukAt: hhmm(10, 15) })
            : igd({ masukAt: hhmm(8 + ((i * 7) % 14), (19 * i) % 60) }),
      });
      (raised ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
