// Near miss for REPEAT_BILLING (honest twin of RT-REPEAT-131): a new class B government hospital in
// Jembrana (Bali) has three patients with cancer and end-stage kidney disease. On the days their
// chemotherapy falls on a dialysis day the oncology day unit gives the infusion in the morning
// (C-3-12-0) and the dialysis unit dialyses them in the afternoon (N-3-15-0): one card, one date,
// two outpatient claims of two different services, both given. Their other dialysis days are
// context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** First Tuesday of each patient's schedule (dialysis Tuesday and Friday; chemotherapy every third Tuesday). */
const FIRST = ['2026-01-06', '2026-01-13', '2026-01-20'] as const;

export default defineScenario({
  id: 'RT-NM-SAMEDAY-135',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RSUD kelas B baru di Jembrana merawat tiga pasien kanker dengan gagal ginjal terminal. Pada hari kemoterapi yang jatuh pada hari cuci darah, unit kemoterapi memberi infus pagi hari (C-3-12-0) dan unit hemodialisis mencuci darah sore hari (N-3-15-0): satu kartu, satu tanggal, dua klaim rawat jalan untuk dua layanan berbeda yang keduanya diberikan.',
    en: 'A new class B government hospital in Jembrana treats three patients with cancer and end-stage kidney disease. When chemotherapy falls on a dialysis day the day unit gives the infusion in the morning (C-3-12-0) and the dialysis unit dialyses in the afternoon (N-3-15-0): one card, one date, two outpatient claims for two different services, both given.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.jembrana, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const oncologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nephrologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    FIRST.forEach((first, p) => {
      const member = patient(ctx, rs, first, p, { age: 52 + 6 * p, sex: p === 0 ? 'L' : 'P' });
      const cancer = p === 1 ? 'C50.9' : p === 2 ? 'C53.9' : 'C34.9';
      const letter = referredBy(ctx, member, puskesmas, rs, first, ['N18.5']);
      const control = ctx.hospitalReferral(rs, first);
      for (let w = 0; w < 9; w++) {
        const tuesday = addDays(first, 7 * w);
        const friday = addDays(tuesday, 3);
        const dialysis = (day: string, k: number): BuiltClaim =>
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'N-3-15-0',
            dx: ['N18.5', cancer],
            px: ['39.95'],
            dpjp: nephrologist,
            scale: bill(15_400 + 20 * p + k),
            sep: jalan(w === 0 && k === 0 ? letter : control, { masukAt: '13:00', pulangAt: '17:30' }),
          });
        const chemoDay = w % 3 === 0;
        const tue = dialysis(tuesday, 2 * w);
        (chemoDay ? nearMiss : context).push(tue);
        context.push(dialysis(friday, 2 * w + 1));
        if (!chemoDay) continue;
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: tuesday,
            cbg: 'C-3-12-0',
            dx: ['Z51.1', cancer, 'N18.5'],
            px: ['99.25'],
            specialCmg: ['SD-02'],
            dpjp: oncologist,
            scale: bill(15_450 + 20 * p + w),
            components: { tarif_obat_kemoterapi: 2_700_000 + 150_000 * p },
            sep: jalan(control, { masukAt: hhmm(7, 30), pulangAt: hhmm(11, 45) }),
          }),
        );
      }
    });
    return { nearMiss, context };
  },
});
