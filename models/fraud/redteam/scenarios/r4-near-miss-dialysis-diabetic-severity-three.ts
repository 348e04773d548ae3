// Near miss of UPCODING ("secondary diagnoses that raise severity with no supporting procedure
// or tariff component"); the honest twin of RT-UPCODE-42. Diabetics with end-stage kidney
// disease, dialysed twice a week at the same hospital for months (N18.5 on every session), are
// admitted with decompensated diabetes and coded severity III with the kidney failure: the
// comorbidity is on every claim of their history, dialysis is done during the stay (39.95),
// the stay is long and the laboratory heavy.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-RENAL-41',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Pasien diabetes dengan gagal ginjal tahap akhir yang berbulan-bulan cuci darah dua kali seminggu di RS yang sama dirawat karena diabetes dekompensasi dan dikode keparahan III dengan gagal ginjalnya: komorbid ada di setiap klaim riwayatnya, dialisis dilakukan selama rawat, lab berat.',
    en: 'Diabetics with end-stage kidney disease, dialysed twice a week at the same hospital for months, are admitted with decompensated diabetes and coded severity III with the kidney failure: the comorbidity is on every claim of their history, dialysis is done during the stay, laboratory heavy.',
  },
  build(ctx) {
    const place = PLACES.palembang;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.02, -0.02] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = [];
    const patients = [
      ['L', '1958-07-12', '2026-02-18'],
      ['P', '1962-03-05', '2026-03-11'],
      ['L', '1955-11-28', '2026-04-01'],
    ] as const;
    patients.forEach(([sex, born, day], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      // Monday/Thursday sessions from 5 January, except while admitted; the clinic's referral renewed within 90 days
      const referrals = [ctx.hospitalReferral(rs, '2026-01-02'), ctx.hospitalReferral(rs, '2026-03-30')] as const;
      for (let w = 0; w < 16; w++)
        for (const d of [0, 3]) {
          const session = addDays('2026-01-05', 7 * w + d + (i % 2));
          if (session >= day && session <= addDays(day, 8)) continue;
          if (session > '2026-05-29') continue;
          context.push(
            ctx.claim({
              member: m,
              facility: rs,
              masuk: session,
              cbg: 'N-3-15-0',
              dx: ['N18.5', 'E11.9', 'Z49.1'],
              px: ['39.95'],
              dpjp: internist,
              sep: jalan(referrals[session < '2026-03-30' ? 0 : 1], { masukAt: '07:20', pulangAt: '12:00' }),
            }),
          );
        }
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 8),
          cbg: 'E-4-10-III',
          dx: ['E11.6', 'N18.5', 'E87.6'],
          px: ['99.18', '39.95', '38.93'],
          dpjp: internist,
          billedRatio: 0.95,
          scale: { ...own(i), tarif_laboratorium: 1.6, tarif_prosedur_non_bedah: 1.8 },
          sep: igd({ masukAt: '23:05', pulangAt: '11:20' }),
        }),
      );
    });
    return { context, nearMiss };
  },
});
