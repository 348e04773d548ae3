// DOMAIN.md section 3, UNBUNDLING: "outpatient and inpatient same day". End-stage kidney patients
// of a new class C private hospital in Jombang are admitted with fluid overload and pulmonary
// oedema; the inpatient group N-4-10 pays the stay with its dialysis (39.95 is coded on it, the
// non-surgical procedure line holds the sessions). The dialysis unit also bills two of the
// sessions given to the inpatient as outpatient haemodialysis (N-3-15-0) under SEPs of their
// own, on the second and fourth day of the stay: the same sessions paid twice.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UNBUND-101',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Pasien gagal ginjal tahap akhir di RS swasta kelas C baru di Jombang dirawat inap karena kelebihan cairan dan edema paru; hemodialisis sudah termasuk dalam tarif rawat inap, tetapi unit HD juga menagih dua sesi sebagai hemodialisis rawat jalan dengan SEP tersendiri pada hari kedua dan keempat rawat.',
    en: 'End-stage kidney patients at a new class C private hospital in Jombang are admitted with fluid overload and pulmonary oedema; the inpatient group pays the stay’s dialysis, yet the unit also bills two of its sessions as outpatient haemodialysis under their own SEPs on days two and four.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.jombang, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-21', 6, 19).forEach((day, p) => {
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 47 + 5 * p, p),
        segment: p % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 6),
          cbg: 'N-4-10-II',
          dx: ['N18.5', 'J81'],
          px: ['39.95', '38.93', '87.44'],
          dpjp: internist,
          scale: times(bill(11_000 + p), { tarif_prosedur_non_bedah: 2.2 }),
          sep: igd({ masukAt: hhmm(19 + (p % 4), 10 * p) }),
        }),
      );
      const referral = ctx.hospitalReferral(rs, day);
      for (const d of [1, 3])
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: addDays(day, d),
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            sep: jalan(referral, { masukAt: hhmm(8 + (p % 3), 0), pulangAt: hhmm(13 + (p % 3), 0) }),
          }),
        );
    });
    return { context, fraud };
  },
});
