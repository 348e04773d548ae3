// DOMAIN.md section 3, SELF_REFERRAL ("sham referral"); SCHEMA.md jenis_pelayanan (an IGD
// arrival needs no referral; IGD outpatient visits are acute illness and injuries). A private
// class C hospital with no FKTP sending it patients registers its planned clinic patients
// (knee osteoarthritis, controlled hypertension, diabetes controls) as emergency visits on
// weekday mornings, so that no puskesmas referral is needed: the clinic's own specialists,
// clinic hours, chronic conditions, monthly returns.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-SELFREF-71',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'RS swasta kelas C mencatat pasien poli terencana (osteoartritis lutut, hipertensi terkontrol, kontrol diabetes) sebagai kunjungan IGD pada pagi hari kerja agar tidak perlu rujukan puskesmas: dokter spesialis poli, jam poli, penyakit kronis, kembali setiap bulan.',
    en: 'A private class C hospital registers its planned clinic patients (knee osteoarthritis, controlled hypertension, diabetes controls) as emergency visits on weekday mornings so that no puskesmas referral is needed: the clinic’s own specialists, clinic hours, chronic conditions, monthly returns.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.cilegon, hospitalClass: 'C', offset: [0.01, 0.01] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const conditions = [
      { cbg: 'M-5-15-0', dx: ['M17.9'], px: ['93.39'], dpjp: orthopaedist },
      { cbg: 'I-5-16-0', dx: ['I10'], px: ['89.52'], dpjp: internist },
      { cbg: 'E-5-11-0', dx: ['E11.9'], px: ['90.59'], dpjp: internist },
    ] as const;
    const patients = [
      ['P', '1958-06-12', '2026-01-12'],
      ['L', '1962-02-03', '2026-01-14'],
      ['P', '1955-09-27', '2026-01-20'],
      ['L', '1960-12-08', '2026-01-27'],
      ['P', '1966-04-15', '2026-02-04'],
      ['L', '1953-07-21', '2026-02-10'],
    ] as const;
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, first], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PPU' : 'PBPU', careClass: 2, regency: rs.regency });
      const c = conditions[i % 3] as (typeof conditions)[number];
      for (const month of [0, 1, 2]) {
        const day = clinicDay(addDays(first, 28 * month + (i % 3)));
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: c.cbg,
            dx: c.dx,
            px: c.px,
            dpjp: c.dpjp,
            scale: bill(900 + 3 * i + month),
            sep: igd({ masukAt: hhmm(8 + ((i + month) % 3), 10 + 5 * i), pulangAt: hhmm(11 + ((i + month) % 3), 5 * i) }),
          }),
        );
      }
    });
    return { fraud };
  },
});
