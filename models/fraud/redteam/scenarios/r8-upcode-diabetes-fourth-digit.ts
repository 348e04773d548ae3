// DOMAIN.md section 3, UPCODING: a fourth-digit swap to a complicated form. Type 2 diabetics
// of the chronic programme (monthly fills and puskesmas visits for E11.9, diabetes without
// complications) are admitted to a class C government hospital for a few days of glucose
// control and coded E11.5, diabetes with peripheral circulatory complications (the diabetic
// foot), which groups the stay at severity II. Nothing on the claim treats or even looks for
// a foot: no debridement or wound care, no Doppler or angiography, three days against a norm
// of nearly seven, the bill of a severity-I stay; the record after the stay says E11.9 again.
// A twin at the same hospital is a real diabetic foot (debridement, nine days): it must stay out.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UPCODE-85',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Penderita DM tipe 2 peserta PRB (obat dan kunjungan puskesmas untuk E11.9) dirawat beberapa hari untuk kontrol gula di RS pemerintah kelas C dan dikode E11.5 (DM dengan komplikasi sirkulasi perifer/kaki diabetik) sehingga keparahan II, tanpa debridemen, perawatan luka atau Doppler, tiga hari, tagihan setara keparahan I. Satu pasien kembar benar kaki diabetik (debridemen, sembilan hari).',
    en: 'Type 2 diabetics of the chronic programme (fills and puskesmas visits for E11.9) admitted for a few days of glucose control at a class C government hospital are coded E11.5 (diabetes with peripheral circulatory complications, the diabetic foot), grouping severity II, with no debridement, wound care or Doppler, three days, the bill of severity I. A twin is a real diabetic foot (debridement, nine days).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.lubuklinggau, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const days = ['2026-01-14', '2026-02-02', '2026-02-23', '2026-03-16', '2026-04-06', '2026-04-27'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'L' : 'P',
        birthDate: bornBefore(day, 49 + 3 * i, i),
        segment: i % 2 ? 'PBPU' : 'PBI',
        careClass: 3,
        regency: rs.regency,
      });
      for (const k of [-62, -31, 18, 48])
        ctx.prbClaim({ member, fktp: puskesmas, date: addDays(day, k), dx: 'E11.9', days: 30, cost: 142_000 + 5_000 * i });
      const referral = referredBy(ctx, member, puskesmas, rs, day, ['E11.9']);
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 35 + i), dx: ['E11.9'] });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'E-4-10-II',
        dx: ['E11.5', 'I10'],
        px: ['99.18'],
        dpjp: internist,
        billedRatio: billOf('E-4-10-I', 'E-4-10-II'),
        scale: { ...bill(8500 + i), tarif_radiologi: 0 },
        sep: inap(referral, { masukAt: hhmm(9 + (i % 3), 40) }),
      });
    });
    // the real diabetic foot: debridement in theatre, antibiotics, nine days
    const foot = ctx.member({ sex: 'L', birthDate: '1961-03-22', segment: 'PBI', careClass: 3, regency: rs.regency });
    const nearMiss = [
      ctx.claim({
        member: foot,
        facility: rs,
        masuk: '2026-03-02',
        pulang: '2026-03-11',
        cbg: 'E-4-10-III',
        dx: ['E11.5', 'L03.1', 'I10'],
        px: ['86.22', '99.21', '88.38'],
        dpjp: surgeon,
        billedRatio: 0.95,
        scale: times(bill(8510), { tarif_bmhp: 1.6, tarif_obat: 1.3 }),
        sep: igd({ masukAt: '22:10' }),
      }),
    ];
    return { fraud, nearMiss };
  },
});
