// Near miss of PHANTOM_BILLING ("impossible doctor volume per day"). The class D government
// hospital of Bima has one paediatrician for the city and its regency: on Mondays, after the
// weekend, her clinic sees 34 children between 07:30 and 15:30 (epilepsy, congenital heart
// disease, type 1 diabetes, thalassaemia, malnutrition, hearing loss: ten to fifteen minutes
// each), on Thursday about twenty. Many patients a day,
// each one a real visit at its own time on a referral from the child's puskesmas.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES7 } from './r7-common.js';

const hm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export default defineScenario({
  id: 'RT-NM-PAEDIATRICIAN-71',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS pemerintah kelas D di Bima punya satu dokter anak untuk kota dan kabupatennya: pada Senin poliklinik melayani 34 anak antara 07.30 dan 15.30 (epilepsi, penyakit jantung bawaan, diabetes tipe 1, talasemia, gizi kurang, gangguan dengar; 10-15 menit), pada Kamis sekitar dua puluh; setiap kunjungan nyata pada jamnya sendiri dengan rujukan puskesmas.',
    en: 'The class D government hospital of Bima has one paediatrician for the city and regency: on Monday her clinic sees 34 children between 07:30 and 15:30 (epilepsy, congenital heart disease, type 1 diabetes, thalassaemia, malnutrition, hearing loss; 10-15 minutes each), on Thursday about twenty; each a real visit at its own time on a puskesmas referral.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.bima, hospitalClass: 'D', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const puskesmas = [ctx.fktp(rs.regency, 'PUSKESMAS'), ctx.fktp(rs.regency, 'PUSKESMAS'), ctx.fktp(rs.regency, 'PUSKESMAS')];
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    // conditions beyond primary care's competence (the puskesmas refers them; BPJS Kesehatan's list of
    // 144 diagnoses an FKTP must treat itself does not hold them)
    const complaints = [
      { cbg: 'G-5-18-0', dx: ['G40.9'] },
      { cbg: 'I-5-16-0', dx: ['Q21.0'] },
      { cbg: 'E-5-11-0', dx: ['E10.9'] },
      { cbg: 'Q-5-44-0', dx: ['D56.1'] },
      { cbg: 'Q-5-44-0', dx: ['E44.0'] },
      { cbg: 'U-5-13-0', dx: ['H91.9'] },
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    const clinic = (day: string, count: number, offset: number) => {
      for (let k = 0; k < count; k++) {
        const n = offset + k;
        // a child of 1-12 years, born on a spread of days
        const born = addDays('2014-03-01', (n * 131) % 4000);
        const member = ctx.member({
          sex: n % 2 ? 'P' : 'L',
          birthDate: born,
          segment: n % 4 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        });
        const c = complaints[n % complaints.length] as (typeof complaints)[number];
        const referral = referredBy(ctx, member, puskesmas[n % 3] as (typeof puskesmas)[number], rs, addDays(day, -(n % 3)), c.dx);
        const start = 7 * 60 + 30 + Math.floor((k * 480) / count);
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: c.cbg,
            dx: c.dx,
            dpjp: paediatrician,
            scale: bill(1110 + n),
            sep: jalan(referral, { masukAt: hm(start - 40), pulangAt: hm(start + 25) }),
          }),
        );
      }
    };
    clinic('2026-03-09', 34, 0);
    clinic('2026-03-12', 21, 34);
    return { nearMiss };
  },
});
