// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG". Most
// Indonesian dialysis units reprocess a patient's dialyser for several sessions (PERNEFRI allows
// it for patients free of hepatitis B, C and HIV). A new class C private hospital in Majalengka
// reuses dialysers and bloodlines six to eight times but bills each session a new dialyser and
// bloodline set at list price: the consumables line runs at two and a half times an ordinary
// session's and the devices line nearly double, session after session, on patients with no
// infection that would forbid reuse (N18.5 and the dialysis code only).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-INFLATED-101',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Majalengka memakai ulang dializer dan blood line enam sampai delapan kali, tetapi setiap sesi menagih dializer dan blood line baru dengan harga daftar: BMHP sekitar 2,5 kali dan alat kesehatan hampir dua kali sesi biasa, pada pasien tanpa infeksi yang melarang pemakaian ulang.',
    en: 'A new class C private hospital in Majalengka reuses dialysers and bloodlines six to eight times but bills a new set at list price every session: consumables about 2.5 times and devices nearly twice an ordinary session’s, on patients with no infection that forbids reuse.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.majalengka, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    for (let p = 0; p < 4; p++) {
      const first = clinicDay(addDays('2026-02-02', p % 2));
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 44 + 6 * p, p),
        segment: p === 3 ? 'PPU' : 'PBI',
        careClass: 3,
        regency: rs.regency,
      });
      const referral = ctx.hospitalReferral(rs, first);
      for (let s = 0; s < 6; s++) {
        const day = clinicDay(addDays(first, 7 * Math.floor(s / 2) + 3 * (s % 2)));
        const start = 7 + 5 * (p % 2);
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'N-3-15-0',
            dx: ['N18.5', 'Z49.1'],
            px: ['39.95'],
            dpjp: internist,
            scale: { tarif_bmhp: 2.5 + 0.04 * ((p + s) % 4), tarif_alkes: 1.8 + 0.05 * (s % 3), tarif_obat: 0.9 + 0.05 * (s % 3) },
            sep: jalan(referral, { masukAt: hhmm(start, 10 * p), pulangAt: hhmm(start + 5, 10 * p) }),
          }),
        );
      }
    }
    return { fraud };
  },
});
