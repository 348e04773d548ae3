// DOMAIN.md section 3, PHANTOM_BILLING, in the SEP times: the outpatient clinics of a class C
// private hospital in Merauke work mornings, but its claims carry internal-medicine control
// visits (RAWAT_JALAN, not IGD) opened between one and half past four in the morning, monthly
// for hypertensive and diabetic members who were referred once by their puskesmas. The SEPs are
// keyed in by the night shift from old referrals; nobody was seen. Daytime controls at the same
// clinic are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES9, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-91',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Klaim RS swasta kelas C di Merauke memuat kunjungan kontrol poli penyakit dalam (RAWAT_JALAN, bukan IGD) yang dibuka pukul 01.00-04.30 setiap bulan untuk peserta hipertensi dan diabetes yang pernah dirujuk; SEP diketik shift malam dari rujukan lama. Kontrol siang hari sebagai konteks.',
    en: 'Claims of a class C private hospital in Merauke carry internal-medicine control visits (RAWAT_JALAN, not IGD) opened between 01:00 and 04:30, monthly, for hypertensive and diabetic members referred once; the night shift keys the SEPs from old referrals. Daytime controls are context.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.merauke, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let i = 0; i < 8; i++) {
      const first = clinicDay(`2026-01-${String(6 + 2 * i).padStart(2, '0')}`);
      const dx = i % 2 ? ['E11.9'] : ['I10'];
      const member = patient(ctx, rs, first, i, { age: 50 + ((i * 3) % 20) });
      const referral = referredBy(ctx, member, puskesmas, rs, first, dx);
      // the referred visit itself, in clinic hours, then monthly controls: honest ones in the morning, phantom ones at night
      for (let m = 0; m < 4; m++) {
        const day = clinicDay(addDays(first, 28 * m));
        const night = i < 6 && m > 0;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'Q-5-44-0',
          dx,
          dpjp: internist,
          scale: bill(9150 + 4 * i + m),
          sep: jalan(
            referral,
            night ? { masukAt: hhmm(1 + ((i + m) % 4), (7 * i + 11 * m) % 30) } : { masukAt: hhmm(8 + (m % 3), (10 * i) % 60) },
          ),
        });
        (night ? fraud : context).push(claim);
      }
    }
    return { fraud, context };
  },
});
