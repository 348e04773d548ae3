// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Severe pre-eclampsia is treated: magnesium sulphate for 24 hours
// after delivery, antihypertensives, urine protein and liver and kidney tests, often a high-care
// bed. A new private maternity hospital (class C, RSK) in Sragen adds O14.1 to elective and
// scar caesareans of mothers whose antenatal visits at the hospital (context) had normal blood
// pressure, grouping O-6-10-II: three days, the drug and laboratory lines of an ordinary
// caesarean, no intensive care. Its plain caesareans (context) cost the same.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-107',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS khusus ibu dan anak swasta kelas C baru di Sragen menambahkan preeklamsia berat (O14.1) pada seksio sesarea elektif ibu yang tekanan darahnya normal saat kontrol kehamilan sehingga dikelompokkan O-6-10-II; tiga hari, tanpa magnesium sulfat atau perawatan intensif, tagihan seksio biasa.',
    en: 'A new private class C maternity hospital in Sragen adds severe pre-eclampsia (O14.1) to elective caesareans of mothers whose antenatal blood pressure was normal, grouping O-6-10-II; three days, no magnesium sulphate or intensive care, an ordinary caesarean’s bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.sragen, hospitalClass: 'C', type: 'RSK' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-26', 14, 8.5).forEach((day, i) => {
      const coded = i % 7 !== 3 && i < 12;
      const mother = patient(ctx, rs, day, i, { age: 24 + ((i * 3) % 14), sex: 'P', segment: i % 3 ? 'PBI' : 'PPU', careClass: 2 });
      const dpjp = obstetricians[i % 2] as string;
      // the antenatal visit three weeks before: a healthy pregnancy, the scar or the breech the reason to operate
      const anc = clinicDay(addDays(day, -21));
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: anc,
          cbg: 'O-7-10-0',
          dx: ['Z34.9'],
          px: ['88.78'],
          dpjp,
          scale: bill(10_700 + i),
          sep: jalan(referredBy(ctx, mother, puskesmas, rs, anc, ['Z34.9']), { masukAt: hhmm(9, 10 + i) }),
        }),
      );
      const indication = i % 2 ? 'O34.2' : 'O64.1';
      const claim = ctx.claim({
        member: mother,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: coded ? 'O-6-10-II' : 'O-6-10-I',
        dx: coded ? ['O82.0', indication, 'O14.1'] : ['O82.0', indication],
        px: ['74.1'],
        dpjp,
        billedRatio: coded ? billOf('O-6-10-I', 'O-6-10-II') : 0.85,
        scale: bill(10_720 + i),
        sep: inap(ctx.hospitalReferral(rs, anc), { masukAt: hhmm(7, (5 * i) % 60) }),
      });
      (coded ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
