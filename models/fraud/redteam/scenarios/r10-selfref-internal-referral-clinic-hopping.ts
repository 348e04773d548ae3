// DOMAIN.md section 3, SELF_REFERRAL: "sham referral". A hospital may refer a patient internally
// from one clinic to another; seen the same day, it is one outpatient episode (one SEP). A new
// class C private hospital in Indramayu sends its stable hypertensive patients, referred by the
// puskesmas to the internal-medicine clinic (context), to its cardiac clinic the next clinic day
// and to its neurology clinic two days after, each time on an internal referral letter of its
// own that opens a new SEP: nothing the first visit found calls for either (controlled blood
// pressure, a headache), and every month the round starts again.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

/**
 * A referred visit's bill: the monthly chronic drugs were dispensed at the first visit days before,
 * so its drugs are ordinary ones (SCHEMA.md: a claim within 30 days of a chronic fill bills them as
 * tarif_obat, the total unchanged; the outpatient profile's 0.03 chronic share moved onto its 0.3).
 */
const noRefill = (i: number) => {
  const b = bill(i);
  return { ...b, tarif_obat_kronis: 0, tarif_obat: (b.tarif_obat ?? 1) * 1.1 };
};

export default defineScenario({
  id: 'RT-SELFREF-101',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'RS swasta kelas C baru di Indramayu merujuk internal pasien hipertensi stabil rujukan puskesmas dari poli penyakit dalam ke poli jantung pada hari poli berikutnya dan ke poli saraf dua hari kemudian, masing-masing dengan surat rujukan internal yang membuka SEP baru; setiap bulan berulang.',
    en: 'A new class C private hospital in Indramayu refers stable hypertensive patients, sent by the puskesmas to its internal-medicine clinic, internally to its cardiac clinic the next clinic day and its neurology clinic two days later, each on an internal letter that opens a new SEP; every month again.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.indramayu, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    for (let p = 0; p < 6; p++) {
      const first = clinicDay(addDays('2026-02-02', 2 * p));
      const member = patient(ctx, rs, first, p, { age: 47 + ((p * 6) % 25) });
      for (let m = 0; m < 2; m++) {
        const day = clinicDay(addDays(first, 35 * m));
        const k = 2 * p + m;
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'Q-5-44-0',
            dx: ['I10'],
            dpjp: internist,
            scale: bill(11_100 + k),
            sep: jalan(referredBy(ctx, member, puskesmas, rs, day, ['I10']), { masukAt: hhmm(8 + (p % 3), 5 * p) }),
          }),
        );
        const cardiac = clinicDay(addDays(day, 1));
        const neuro = clinicDay(addDays(cardiac, 2));
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: cardiac,
            cbg: 'I-5-16-0',
            dx: ['I10'],
            px: ['89.52'],
            dpjp: cardiologist,
            scale: noRefill(11_120 + k),
            sep: jalan(ctx.hospitalReferral(rs, day), { masukAt: hhmm(9 + (p % 3), 10) }),
          }),
          ctx.claim({
            member,
            facility: rs,
            masuk: neuro,
            cbg: 'G-5-18-0',
            dx: ['G43.9', 'I10'],
            dpjp: neurologist,
            scale: noRefill(11_140 + k),
            sep: jalan(ctx.hospitalReferral(rs, cardiac), { masukAt: hhmm(10 + (p % 3), 20) }),
          }),
        );
      }
    }
    return { context, fraud };
  },
});
