// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". The
// resubmission changes the one field that is compared: a cardiology clinic visit of a
// hypertensive patient (ECG, I-5-16-0) is billed, and two months later billed again for the
// same card, day and doctor as a chronic-disease follow-up (Q-5-44-0, hypertension only)
// under a new SEP: one visit, two groups, two payments.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill, componentsOf, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-REPEAT-51',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Kunjungan poli jantung pasien hipertensi (EKG, I-5-16-0) ditagih, lalu dua bulan kemudian ditagih lagi untuk kartu, hari dan dokter yang sama sebagai kontrol penyakit kronis (Q-5-44-0) dengan SEP baru: satu kunjungan, dua kelompok, dua pembayaran.',
    en: 'A hypertensive patient’s cardiology clinic visit (ECG, I-5-16-0) is billed, and two months later billed again for the same card, day and doctor as a chronic-disease follow-up (Q-5-44-0) under a new SEP: one visit, two groups, two payments.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'C', offset: [-0.015, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const patients = [
      ['L', '1958-01-21', '2026-01-13'],
      ['P', '1962-05-09', '2026-01-20'],
      ['L', '1955-09-30', '2026-01-27'],
      ['P', '1949-03-18', '2026-02-03'],
      ['L', '1966-11-06', '2026-02-10'],
      ['P', '1960-07-23', '2026-02-17'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBPU', careClass: 2 }, puskesmas, rs, day, ['I10']);
      const visit = { ...p, facility: rs, masuk: day, dpjp: cardiologist, sep: jalan(p.referral, { masukAt: `1${i % 3}:10` }) };
      const first = ctx.claim({ ...visit, cbg: 'I-5-16-0', dx: ['I10', 'I11.9'], px: ['89.52'], scale: bill(i) });
      context.push(first);
      // the same visit's hospital bill, resubmitted under the other group
      fraud.push(ctx.claim({ ...visit, cbg: 'Q-5-44-0', dx: ['I10'], components: componentsOf(first), submitted: addDays(day, 70) }));
    });
    return { context, fraud };
  },
});
