// DOMAIN.md section 3, REPEAT_BILLING, "same card, dates and CBG submitted twice", moved off the
// CBG: a new class B private hospital in Situbondo (East Java) gives breast-cancer chemotherapy in
// its day unit every three weeks (C-3-12-0 with the chemotherapy drug top-up, context). For three
// patients one cycle is billed a second time a month later as an overnight inpatient stay
// (C-4-12-I) with the same dates, the same drug, the same oncologist and a new SEP: one infusion,
// two claims.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** First cycle of each patient, and the cycle billed twice (-1: none). */
const PATIENTS = [
  ['2026-01-06', 2],
  ['2026-01-08', -1],
  ['2026-01-13', 3],
  ['2026-01-15', -1],
  ['2026-01-20', 1],
  ['2026-01-22', -1],
] as const;

export default defineScenario({
  id: 'RT-REPEAT-131',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS swasta kelas B baru di Situbondo memberi kemoterapi kanker payudara di unit rawat sehari tiap tiga minggu (C-3-12-0 dengan top-up obat kemoterapi). Untuk tiga pasien satu siklus ditagih lagi sebulan kemudian sebagai rawat inap semalam (C-4-12-I) dengan tanggal, obat dan onkolog yang sama dan SEP baru: satu infus, dua klaim.',
    en: 'A new class B private hospital in Situbondo gives breast-cancer chemotherapy in its day unit every three weeks (C-3-12-0 with the chemotherapy drug top-up). For three patients one cycle is billed again a month later as an overnight inpatient stay (C-4-12-I) with the same dates, drug and oncologist and a new SEP: one infusion, two claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.situbondo, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const oncologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    PATIENTS.forEach(([first, twice], p) => {
      const member = patient(ctx, rs, first, p, { age: 39 + 4 * p, sex: 'P' });
      const control = ctx.hospitalReferral(rs, first);
      for (let k = 0; k < 6; k++) {
        const day = clinicDay(addDays(first, 21 * k));
        const components = { tarif_obat_kemoterapi: 2_950_000 + 40_000 * p };
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'C-3-12-0',
            dx: ['Z51.1', 'C50.9'],
            px: ['99.25'],
            specialCmg: ['SD-02'],
            dpjp: oncologist,
            scale: bill(14_200 + 6 * p + k),
            components,
            sep: jalan(k === 0 ? referredBy(ctx, member, puskesmas, rs, day, ['C50.9']) : control, {
              masukAt: hhmm(8 + (p % 3), (5 * k) % 60),
              pulangAt: hhmm(14, (5 * k) % 60),
            }),
          }),
        );
        if (k !== twice) continue;
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 1),
            cbg: 'C-4-12-I',
            dx: ['Z51.1', 'C50.9'],
            px: ['99.25'],
            specialCmg: ['SD-02'],
            dpjp: oncologist,
            scale: bill(14_200 + 6 * p + k),
            components,
            submitted: addDays(day, 40),
            sep: { service: 'RAWAT_INAP', referral: control, masukAt: hhmm(8 + (p % 3), (5 * k) % 60) },
          }),
        );
      }
    });
    return { fraud, context };
  },
});
