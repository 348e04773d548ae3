// Near miss of UPCODING (kidney failure at severity III). The haemodialysis unit of a class C
// government hospital treats its end-stage patients twice a week for years. When one misses
// sessions or drinks too much, they come in with fluid overload: pulmonary oedema and anaemia
// on top of stage 5 chronic kidney disease, emergency dialysis on the ward, a transfusion, a
// chest X-ray, eight to ten days. Every severity-III stay is a patient the card's record shows
// on dialysis twice a week before and after, and the stay's bill carries its dialysis, blood
// and imaging.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-DIALYSIS-81',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Unit hemodialisis RS pemerintah kelas C melayani pasien gagal ginjal tahap akhir dua kali seminggu; yang kelebihan cairan datang dengan edema paru dan anemia di atas PGK stadium 5, HD darurat, transfusi, foto toraks, 8-10 hari; setiap rawat keparahan III punya riwayat HD rutin sebelum dan sesudahnya.',
    en: 'The haemodialysis unit of a class C government hospital treats end-stage patients twice a week; fluid-overloaded ones come in with pulmonary oedema and anaemia on top of CKD stage 5, emergency dialysis, transfusion, chest X-ray, 8-10 days; every severity-III stay has routine dialysis before and after on the record.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.pagarAlam, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const admissions = ['2026-02-03', '2026-02-24', '2026-03-12', '2026-04-01', '2026-04-20'] as const;
    const nearMiss: BuiltClaim[] = [];
    admissions.forEach((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 44 + 5 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const los = 8 + (i % 3);
      // the routine sessions on the patient's two unit days a week (Monday and Thursday, or
      // Tuesday and Friday; a holiday's session the day after), three weeks before and after
      const weekdays = i % 2 ? [1, 4] : [2, 5];
      const sessions = new Set<string>();
      const home = addDays(day, los);
      for (let d = -21; d <= los + 20; d++) {
        const date = addDays(day, d);
        if ((d >= -1 && d <= los + 1) || !weekdays.includes(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
        const session = clinicDay(date);
        if (session > addDays(day, -1) && session <= addDays(home, 1)) continue;
        sessions.add(session);
      }
      for (const session of sessions)
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: session,
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            // the unit's session package; the erythropoietin dose is the patient's own
            scale: { tarif_obat: 0.9 + 0.07 * i },
            sep: jalan(ctx.hospitalReferral(rs, addDays(day, -30)), {
              masukAt: hhmm(7 + (i % 3) * 4, 0),
              pulangAt: hhmm(12 + (i % 3) * 4, 0),
            }),
          }),
        );
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, los),
          cbg: 'N-4-10-III',
          dx: ['N18.5', 'J81', 'D64.9'],
          px: ['39.95', '99.04', '87.44'],
          dpjp: internist,
          billedRatio: 0.95,
          scale: times(bill(10_500 + i), { tarif_pelayanan_darah: 6, tarif_laboratorium: 1.4 }),
          sep: igd({ masukAt: hhmm(22, 5 * i) }),
        }),
      );
    });
    return { nearMiss };
  },
});
