// DOMAIN.md section 3, PARTICIPANT_ABUSE: "chronic drug refills too early". Members in the
// chronic programme collect a 30-day supply at their PRB pharmacy every month (SCHEMA.md
// prb_claims; Permenkes 28/2014: one supply at a time) and, ten to fifteen days into each
// supply, get a second month of the same chronic drugs billed through a hospital cardiac
// clinic on an FKTP referral they asked for: two supplies running at once, every month.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-ABUSE-41',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Peserta PRB mengambil obat 30 hari di apotek PRB tiap bulan dan, 10-15 hari kemudian, mendapat obat kronis yang sama sebulan lagi lewat poli jantung RS dengan rujukan FKTP yang dimintanya: dua persediaan berjalan bersamaan setiap bulan.',
    en: 'Chronic-programme (PRB) members collect a 30-day supply at the PRB pharmacy every month and, 10-15 days later, a second month of the same chronic drugs through a hospital cardiac clinic on an FKTP referral they asked for: two supplies at once, every month.',
  },
  build(ctx) {
    const place = PLACES.jakartaSelatan;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.01, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const members = [
      ['L', '1954-02-17', 'I10', '2026-01-03', 11],
      ['P', '1958-06-06', 'I25.1', '2026-01-08', 14],
      ['L', '1949-10-29', 'I10', '2026-01-12', 12],
      ['P', '1961-03-13', 'I25.1', '2026-01-15', 10],
    ] as const;
    members.forEach(([sex, born, dx, firstFill, lag], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      for (let month = 0; month < 4; month++) {
        const fill = addDays(firstFill, 30 * month);
        ctx.prbClaim({ member: m, fktp: puskesmas, date: fill, dx, days: 30, cost: dx === 'I10' ? 121_000 : 236_000 });
        if (month === 0) continue;
        const visit = addDays(fill, lag + (month % 2));
        const referral = referredBy(ctx, m, puskesmas, rs, visit, [dx]);
        fraud.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: visit,
            cbg: 'I-5-16-0',
            dx: [dx],
            px: ['89.52'],
            dpjp: cardiologist,
            scale: own(3 * i + month),
            components: { tarif_obat_kronis: 310_000 + 20_000 * (i % 3), tarif_obat: 15_000 },
            sep: jalan(referral, { masukAt: '08:40', pulangAt: '11:10' }),
          }),
        );
      }
    });
    return { fraud };
  },
});
