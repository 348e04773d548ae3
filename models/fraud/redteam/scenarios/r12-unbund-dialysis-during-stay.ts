// DOMAIN.md section 3, UNBUNDLING: one episode billed as several, inside a stay. The dialysis unit
// of a new class C government hospital in Manokwari (West Papua, WIT) runs its patients twice a
// week as outpatients (context). When three of them are admitted for fluid overload (a kidney-failure
// stay whose procedures already carry the haemodialysis, 39.95), the sessions they had on the ward
// on their usual Tuesday or Friday are also billed as outpatient dialysis SEPs: one or two per stay,
// dated inside the stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { tuesdaysAndFridays } from './r11-common.js';
import { PLACES12 } from './r12-common.js';

/** Admission (a Monday evening) per patient; null: never admitted. */
const ADMITTED = ['2026-02-16', null, '2026-03-09', null, '2026-04-13'] as const;

export default defineScenario({
  id: 'RT-UNBUND-122',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Unit hemodialisis RS pemerintah kelas C baru di Manokwari: pasien HD rutin dua kali seminggu; ketika tiga di antaranya dirawat inap karena kelebihan cairan (rawat inap gagal ginjal yang sudah mencantumkan hemodialisis 39.95), sesi HD di bangsal pada jadwal Selasa atau Jumat juga ditagih sebagai SEP HD rawat jalan bertanggal di dalam masa rawat.',
    en: 'The dialysis unit of a new class C government hospital in Manokwari runs its patients twice weekly; when three are admitted for fluid overload (a kidney-failure stay whose procedures already carry haemodialysis, 39.95), the ward sessions on their usual Tuesday or Friday are also billed as outpatient dialysis SEPs dated inside the stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.manokwari, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    ADMITTED.forEach((admitted, p) => {
      const sessions = tuesdaysAndFridays('2026-01-05', 30).map(clinicDay);
      const first = sessions[0] as string;
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 44 + 5 * p, p),
        segment: p % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const pcare = referredBy(ctx, member, puskesmas, rs, first, ['N18.5']);
      const followUp = ctx.hospitalReferral(rs, first);
      const pulang = admitted ? addDays(admitted, 6) : null;
      if (admitted && pulang)
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: admitted,
            pulang,
            cbg: 'N-4-10-II',
            dx: ['N18.5', 'E87.1'],
            px: ['39.95', '38.93'],
            dpjp: internist,
            scale: bill(12_900 + p),
            sep: igd({ masukAt: hhmm(20, (10 * p) % 60) }),
          }),
        );
      sessions.forEach((day, k) => {
        const inside = admitted !== null && pulang !== null && day > admitted && day < pulang;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'N-3-15-0',
          dx: ['N18.5', 'Z49.1'],
          px: ['39.95'],
          dpjp: internist,
          sep: jalan(k === 0 ? pcare : followUp, { masukAt: hhmm(7 + p, 30), pulangAt: hhmm(12 + p, 0) }),
        });
        (inside ? fraud : context).push(claim);
      });
    });
    return { fraud, context };
  },
});
