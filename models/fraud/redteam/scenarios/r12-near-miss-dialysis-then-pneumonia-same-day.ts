// Near miss of UNBUNDLING ("outpatient and inpatient same day"): two episodes that truly were two.
// Haemodialysis patients of a new class C private hospital in Badung (Bali, WITA) have their
// Tuesday or Friday morning session as outpatients. Four of them come back the same evening
// through the emergency room with fever and a cough: pneumonia, admitted for five days, a stay of
// its own for another condition (the session was finished and billed before it began; no dialysis
// on the stay's procedure list that day). The sessions and the stays are both honest.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { tuesdaysAndFridays } from './r11-common.js';
import { PLACES12 } from './r12-common.js';

/** The session (index) after which each patient falls ill; null: never. */
const ILL_AFTER = [9, null, 14, 21, null, 26] as const;

export default defineScenario({
  id: 'RT-NM-HDPNEU-121',
  kind: 'near_miss',
  code: 'UNBUNDLING',
  description: {
    id: 'Pasien hemodialisis RS swasta kelas C baru di Badung menjalani sesi HD pagi hari sebagai rawat jalan; empat di antaranya kembali malam harinya lewat IGD dengan demam dan batuk: pneumonia, dirawat lima hari, episode tersendiri untuk penyakit lain. Sesi HD dan rawat inapnya sama-sama benar.',
    en: 'Haemodialysis patients of a new class C private hospital in Badung have their morning session as outpatients; four come back the same evening through the emergency room with fever and cough: pneumonia, admitted for five days, an episode of its own for another condition. The sessions and the stays are both honest.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.badung, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    ILL_AFTER.forEach((ill, p) => {
      const sessions = tuesdaysAndFridays('2026-01-05', 32).map(clinicDay);
      const first = sessions[0] as string;
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 50 + 4 * p, p),
        segment: p % 3 ? 'PBI' : 'PPU',
        careClass: p % 3 ? 3 : 1,
        regency: rs.regency,
        ...(p % 3 ? {} : { worker: { since: '2012-06-01', wage: 7_200_000 } }),
      });
      const pcare = referredBy(ctx, member, puskesmas, rs, first, ['N18.5']);
      const followUp = ctx.hospitalReferral(rs, first);
      const illDay = ill === null ? null : (sessions[ill] as string);
      const stayEnd = illDay ? addDays(illDay, 5) : null;
      sessions.forEach((day, k) => {
        if (illDay && stayEnd && day > illDay && day < stayEnd) return; // dialysed on the ward: part of the stay
        const session = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'N-3-15-0',
          dx: ['N18.5', 'Z49.1'],
          px: ['39.95'],
          dpjp: internist,
          sep: jalan(k === 0 ? pcare : followUp, { masukAt: hhmm(7, (15 + 5 * p) % 60), pulangAt: hhmm(12, (15 + 5 * p) % 60) }),
        });
        (day === illDay ? nearMiss : context).push(session);
      });
      if (illDay && stayEnd)
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: illDay,
            pulang: stayEnd,
            cbg: 'J-4-16-II',
            dx: ['J18.9', 'N18.5'],
            px: ['87.44', '99.21', '39.95'],
            dpjp: pulmonologist,
            scale: bill(14_300 + p),
            sep: igd({ masukAt: hhmm(20, (10 + 7 * p) % 60) }),
          }),
        );
    });
    return { nearMiss, context };
  },
});
