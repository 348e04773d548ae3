// Near miss of REPEAT_BILLING ("same card, dates and CBG submitted twice"). Bilateral knee
// osteoarthritis is replaced one side at a time: the same member, group (M-1-31-I), prosthesis
// top-up (RR-02), surgeon and hospital three to four months apart, the left knee first, then
// the right (SCHEMA.md lateralitas). Same everything but the side and the dates.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-KNEES-41',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Osteoartritis lutut bilateral diganti satu sisi dulu: peserta, kelompok M-1-31-I, top-up protesis RR-02, operator dan RS sama dengan jarak 3-4 bulan, lutut kiri lalu kanan (lateralitas).',
    en: 'Bilateral knee osteoarthritis replaced one side at a time: same member, group M-1-31-I, prosthesis top-up RR-02, surgeon and hospital three to four months apart, left knee then right (laterality).',
  },
  build(ctx) {
    const place = PLACES.semarang;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.02, 0.02] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const patients = [
      ['P', '1956-02-26', '2026-01-12', 98],
      ['L', '1952-10-10', '2026-01-19', 112],
      ['P', '1959-06-04', '2026-01-26', 105],
    ] as const;
    patients.forEach(([sex, born, first, gap], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 1, regency: place.regency });
      (['L', 'R'] as const).forEach((side, k) => {
        const day = addDays(first, k * gap);
        const referral = referredBy(ctx, m, puskesmas, rs, addDays(day, -14), ['M17.9']);
        nearMiss.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: day,
            cbg: 'M-1-31-I',
            dx: ['M17.9'],
            px: ['81.54'],
            laterality: [side],
            specialCmg: ['RR-02'],
            dpjp: orthopaedist,
            scale: own(2 * i + k),
            sep: inap(referral, { masukAt: '13:30' }),
          }),
        );
      });
    });
    return { nearMiss };
  },
});
