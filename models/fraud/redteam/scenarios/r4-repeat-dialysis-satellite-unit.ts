// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". A hospital
// runs its haemodialysis unit in the same building under a second contract (a specialty
// hospital code, RSK, of its own); some sessions given at the hospital are billed again by the
// unit: same card, same day, same group N-3-15-0, same flat package. Dialysis is a flat fee,
// so the copy is indistinguishable from the session except that there are two of them.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';

export default defineScenario({
  id: 'RT-REPEAT-41',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Unit hemodialisis di gedung yang sama dengan RS, dengan kontrak sendiri (kode RSK), menagih ulang sesi yang sudah ditagih RS: kartu, tanggal dan kelompok N-3-15-0 yang sama, paket tarif yang sama.',
    en: 'A haemodialysis unit in the hospital’s own building, contracted separately (its own RSK code), bills again sessions the hospital already billed: same card, day, group N-3-15-0 and flat package.',
  },
  build(ctx) {
    const place = PLACES.bekasi;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.01, 0.005] });
    const unit = ctx.facility({ place, hospitalClass: 'C', ownership: 'SWASTA', type: 'RSK', offset: [0.0105, 0.0052] });
    const nephrologist = ctx.doctor({ specialty: 'SP_PD', at: [rs, unit] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1960-06-30', '2026-01-05'],
      ['P', '1967-02-14', '2026-01-06'],
      ['L', '1955-09-09', '2026-01-05'],
    ] as const;
    patients.forEach(([sex, born, firstMonday], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      // twice a week (Mon/Thu or Tue/Fri) for ten weeks; the hospital's clinic refers every 90 days
      const referral = ctx.hospitalReferral(rs, addDays(firstMonday, -3));
      for (let w = 0; w < 10; w++)
        for (const d of [0, 3]) {
          const day = addDays(firstMonday, 7 * w + d);
          const session = { member: m, masuk: day, cbg: 'N-3-15-0', dx: ['N18.5', 'Z49.1'], px: ['39.95'], dpjp: nephrologist } as const;
          context.push(ctx.claim({ ...session, facility: rs, sep: jalan(referral, { masukAt: '07:30', pulangAt: '12:10' }) }));
          if ((w + i) % 3 === 1 && d === 3)
            fraud.push(
              ctx.claim({ ...session, facility: unit, sep: jalan(ctx.hospitalReferral(rs, day), { masukAt: '07:35', pulangAt: '12:05' }) }),
            );
        }
    });
    return { context, fraud };
  },
});
