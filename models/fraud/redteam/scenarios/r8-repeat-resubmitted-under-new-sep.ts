// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". A class C
// private hospital's gallbladder operations were paid; five to seven weeks later the billing
// office submits each again under a newly issued SEP number in a later month's batch: the same
// card, admission and discharge dates, group, diagnoses, procedures, surgeon and bill. Only the
// SEP serial and the submission date differ.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-REPEAT-81',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Operasi kandung empedu di RS swasta kelas C yang sudah dibayar diajukan lagi 5-7 minggu kemudian dengan nomor SEP baru dalam berkas bulan berikutnya: kartu, tanggal masuk dan pulang, kelompok, diagnosis, tindakan, dokter bedah dan tagihan sama.',
    en: 'Paid gallbladder operations of a class C private hospital are submitted again 5-7 weeks later under a newly issued SEP in a later month’s batch: same card, admission and discharge dates, group, diagnoses, procedures, surgeon and bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.subulussalam, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const days = ['2026-01-13', '2026-01-27', '2026-02-10', '2026-02-24', '2026-03-10'] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    days.forEach((day, i) => {
      const member = ctx.member({
        sex: i % 3 ? 'P' : 'L',
        birthDate: bornBefore(day, 38 + 4 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const spec = {
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'B-1-10-I',
        dx: ['K80.2'],
        px: ['51.23'],
        dpjp: surgeon,
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -10), ['K80.2'])),
      };
      const first = ctx.claim({ ...spec, scale: bill(9900 + i), submitted: addDays(day, 14) });
      context.push(first);
      fraud.push(ctx.claim({ ...spec, scale: bill(9900 + i), submitted: addDays(day, 14 + 35 + 3 * i) }));
    });
    return { context, fraud };
  },
});
