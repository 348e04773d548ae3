// DOMAIN.md section 3, PARTICIPANT_ABUSE: "chronic drug refills too early", spread over two
// hospitals so that neither sees it. In Purworejo (Central Java) diabetic members on insulin get a
// month's chronic drugs at the internal-medicine clinic of a new class C government hospital every
// four weeks (context). Three of them also collect a month's insulin at a new class C private
// hospital twelve to sixteen days into each supply, on a fresh puskesmas referral: two supplies at
// once, three months running (the surplus pens are sold on).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-ABUSE-122',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Di Purworejo peserta diabetes dengan insulin mendapat obat kronis sebulan di poli penyakit dalam RS pemerintah kelas C baru tiap empat minggu; tiga di antaranya juga mengambil insulin sebulan di RS swasta kelas C baru 12-16 hari setelah setiap pengambilan, dengan rujukan puskesmas baru: dua persediaan bersamaan tiga bulan berturut-turut.',
    en: 'In Purworejo, diabetic members on insulin get a month’s chronic drugs at the clinic of a new class C government hospital every four weeks; three also collect a month’s insulin at a new class C private hospital 12-16 days into each supply, on a fresh puskesmas referral: two supplies at once, three months running.',
  },
  build(ctx) {
    const rsA = ctx.facility({ place: PLACES12.purworejo, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const rsB = ctx.facility({ place: PLACES12.purworejo, hospitalClass: 'C', offset: [0.04, 0.05] });
    const puskesmas = ctx.fktp(rsA.regency, 'PUSKESMAS');
    const internistA = ctx.doctor({ specialty: 'SP_PD', at: [rsA] });
    const internistB = ctx.doctor({ specialty: 'SP_PD', at: [rsB] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let p = 0; p < 6; p++) {
      const start = clinicDay(`2026-01-${String(6 + 3 * p).padStart(2, '0')}`);
      const member = patient(ctx, rsA, start, p, { age: 48 + 4 * p });
      const followUp = ctx.hospitalReferral(rsA, start);
      const dx = p % 2 ? ['E11.9'] : ['E11.6'];
      for (let month = 0; month < 4; month++) {
        const day = clinicDay(addDays(start, 28 * month));
        context.push(
          ctx.claim({
            member,
            facility: rsA,
            masuk: day,
            cbg: 'E-5-11-0',
            dx,
            px: ['90.59'],
            dpjp: internistA,
            scale: bill(14_200 + 4 * p + month),
            components: { tarif_obat_kronis: 640_000 + 30_000 * (p % 3), tarif_obat: 12_000 },
            sep: jalan(month === 0 ? referredBy(ctx, member, puskesmas, rsA, day, dx) : followUp, { masukAt: hhmm(8, (10 * p) % 60) }),
          }),
        );
        if (p >= 3 || month === 3) continue;
        const early = clinicDay(addDays(day, 12 + 2 * ((p + month) % 3)));
        fraud.push(
          ctx.claim({
            member,
            facility: rsB,
            masuk: early,
            cbg: 'E-5-11-0',
            dx,
            px: ['90.59'],
            dpjp: internistB,
            scale: bill(14_250 + 4 * p + month),
            components: { tarif_obat_kronis: 655_000 + 25_000 * p, tarif_obat: 9_000 },
            sep: jalan(referredBy(ctx, member, puskesmas, rsB, early, dx), { masukAt: hhmm(9, (5 * p) % 60) }),
          }),
        );
      }
    }
    return { fraud, context };
  },
});
