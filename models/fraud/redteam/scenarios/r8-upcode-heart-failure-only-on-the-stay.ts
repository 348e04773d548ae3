// DOMAIN.md section 3, UPCODING; SCHEMA.md prb_claims and fktp_visits (the card's record of a
// chronic condition). Older members admitted with gastroenteritis at a class B private hospital
// are coded with heart failure (I50.9) as a comorbidity, which groups the stay at severity III
// (K-4-17-III). Heart failure is a chronic, specialist-diagnosed condition that stands on the
// card before any admission: these members collect monthly antihypertensives for I10 alone
// through the chronic programme, their puskesmas visits before and after say hypertension or a
// cold, and no stay after it repeats the heart failure. The stay itself has no echocardiogram,
// no ECG, three days, a gastroenteritis bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UPCODE-82',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Peserta lansia dirawat gastroenteritis di RS swasta kelas B dikode dengan komorbid gagal jantung (I50.9) sehingga keparahan III; padahal catatan PRB (obat hipertensi I10 saja) dan kunjungan puskesmas sebelum dan sesudah tidak pernah menyebut gagal jantung, tanpa ekokardiografi atau EKG, tiga hari, tagihan gastroenteritis biasa.',
    en: 'Older members admitted with gastroenteritis at a class B private hospital are coded with a heart-failure comorbidity (I50.9), grouping severity III, while their PRB record (antihypertensives for I10 only) and puskesmas visits before and after never show heart failure; no echocardiogram or ECG, three days, an ordinary gastroenteritis bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.tebingTinggi, hospitalClass: 'B', offset: [0.01, -0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const days = ['2026-01-19', '2026-02-09', '2026-02-27', '2026-03-18', '2026-04-06', '2026-04-22'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'L' : 'P',
        birthDate: bornBefore(day, 58 + 2 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      // the chronic programme's record: hypertension, monthly, before and after the stay
      for (const k of [-90, -60, -30, 15, 45])
        ctx.prbClaim({ member, fktp: puskesmas, date: addDays(day, k + (i % 4)), dx: 'I10', days: 30, cost: 96_000 + 4_000 * i });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -120 + i), dx: ['I10'] });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 60 + i), dx: i % 2 ? ['J06.9'] : ['I10'] });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-4-17-III',
        dx: ['A09', 'I50.9'],
        px: ['99.18'],
        dpjp: doctors[i % 2] as string,
        billedRatio: billOf('K-4-17-I', 'K-4-17-III'),
        scale: { ...bill(8200 + i), tarif_radiologi: 0 },
        sep: igd({ masukAt: hhmm(20 + (i % 3), 5 * i) }),
      });
    });
    return { fraud };
  },
});
