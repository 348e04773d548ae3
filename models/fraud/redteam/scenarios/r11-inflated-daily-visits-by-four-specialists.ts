// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG". A
// new class B private hospital in Kabupaten Probolinggo puts every elderly inpatient under a
// "team": from February the internist in charge, a cardiologist, a neurologist and a pulmonologist
// each bill a daily visit, whatever the diagnosis (heart failure, cerebral infarction, pneumonia,
// severity I). The specialist-fee line is three and a half times and the consultation line three
// times what the same groups bill elsewhere; no procedure, secondary diagnosis or ICU day asks
// for a second specialist, and no referral between clinics is recorded. January's stays, billed
// by the internist alone, are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

const GROUPS = [
  { cbg: 'I-4-12-I', dx: ['I50.0'], px: ['89.52', '87.44'], days: 5 },
  { cbg: 'G-4-14-I', dx: ['I63.9'], px: ['87.03'], days: 6 },
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], days: 5 },
] as const;

export default defineScenario({
  id: 'RT-INFLATED-111',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas B baru di Kabupaten Probolinggo sejak Februari menagih visite harian empat spesialis (internis, jantung, saraf, paru) pada setiap pasien lansia rawat inap apa pun diagnosisnya (gagal jantung, infark serebral, pneumonia, keparahan I): jasa tenaga ahli tiga setengah kali dan konsultasi tiga kali kelompok yang sama, tanpa prosedur, diagnosis sekunder atau ICU yang membutuhkannya.',
    en: 'From February a new class B private hospital in Kabupaten Probolinggo bills daily visits by four specialists (internist, cardiologist, neurologist, pulmonologist) on every elderly inpatient whatever the diagnosis (heart failure, cerebral infarction, pneumonia, severity I): specialist fees three and a half times and consultation three times the same groups’, with no procedure, secondary diagnosis or ICU day that needs them.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kabProbolinggo, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 16, 8).forEach((day, i) => {
      const g = GROUPS[i % GROUPS.length] as (typeof GROUPS)[number];
      const team = day >= '2026-02-01';
      const member = patient(ctx, rs, day, i, { age: 64 + ((i * 3) % 18) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, g.days),
        cbg: g.cbg,
        dx: [...g.dx],
        px: [...g.px],
        dpjp: internists[i % 2] as string,
        scale: team ? times(bill(15_300 + i), { tarif_tenaga_ahli: 3.5, tarif_konsultasi: 3 }) : bill(15_300 + i),
        sep:
          i % 3 === 1
            ? inap(referredBy(ctx, member, puskesmas, rs, day, [...g.dx]), { masukAt: hhmm(9 + (i % 4), 30) })
            : igd({ masukAt: hhmm(4 + ((i * 5) % 19), (17 * i) % 60) }),
      });
      (team ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
