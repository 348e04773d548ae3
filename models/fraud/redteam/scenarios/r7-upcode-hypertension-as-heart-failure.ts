// DOMAIN.md section 3, UPCODING; SCHEMA.md prb_claims (the chronic programme records the
// condition a member is stable on). Hypertensive members of the PRB programme, who collect
// their monthly antihypertensives for I10 alone, come to the emergency department with a
// blood-pressure peak; the class C hospital codes hypertensive heart disease with heart
// failure (I11.0, heart failure I-4-12, Rp3.6M) instead of hypertension (I10, I-4-17, Rp2.1M).
// Heart failure is an echocardiographic diagnosis: only an ECG, no echocardiogram, no
// diuretic course, home on day two or three (norm five), the bill of a hypertension stay; the
// PRB fills before and after stay I10 only.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-UPCODE-72',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Peserta PRB hipertensi (obat bulanan untuk I10 saja) datang ke IGD karena tensi tinggi; RS kelas C mengode penyakit jantung hipertensi dengan gagal jantung (I11.0, kelompok gagal jantung) tanpa ekokardiografi, hanya EKG, pulang hari kedua atau ketiga dengan tagihan setara rawat hipertensi.',
    en: 'Hypertensive PRB members (monthly drugs for I10 only) come to the emergency department with a blood-pressure peak; the class C hospital codes hypertensive heart disease with heart failure (I11.0, the heart-failure group) with no echocardiogram, an ECG only, home on day two or three, with the bill of a hypertension stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.pekalongan, hospitalClass: 'C', offset: [0.01, -0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['P', '1956-02-14', '2026-01-17', 2],
      ['L', '1961-09-03', '2026-02-05', 3],
      ['P', '1949-11-22', '2026-02-26', 2],
      ['L', '1958-04-30', '2026-03-19', 2],
      ['P', '1963-07-08', '2026-04-09', 3],
      ['L', '1952-12-19', '2026-04-28', 2],
    ] as const;
    // a hypertension stay's bill (85% of I-4-17-I) over the heart-failure tariff (I-4-12-I)
    const hypertensionBill = (0.85 * 2_100_000) / 3_600_000;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      // the chronic programme's monthly fills: hypertension, before and after the stay
      for (const k of [-60, -30, 20, 50])
        ctx.prbClaim({ member, fktp: puskesmas, date: addDays(day, k + (i % 3)), dx: 'I10', days: 30, cost: 118_000 + 3_000 * i });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'I-4-12-I',
        dx: ['I11.0', 'I10'],
        px: ['89.52'],
        dpjp: internist,
        billedRatio: hypertensionBill,
        scale: bill(710 + i),
        sep: igd({ masukAt: hhmm(7 + 2 * i, 20 + 5 * i) }),
      });
    });
    return { fraud };
  },
});
