// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". Exact
// resubmissions are caught, so a class C hospital bills stroke stays once in full and, the
// following month, once more for their second half: a new SEP for the same card and
// hospital, admission on day three of the paid stay, the same discharge day, the same group
// (G-4-14-I), doctor and codes, a bill of those days. Nothing on the second claim is invented
// except the claim itself.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-REPEAT-61',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'RS kelas C menagih rawat stroke sekali penuh, lalu bulan berikutnya sekali lagi untuk paruh keduanya: SEP baru untuk kartu dan RS yang sama, masuk pada hari ketiga rawat yang sudah dibayar, tanggal pulang, kelompok, dokter dan kode sama.',
    en: 'A class C hospital bills stroke stays once in full and, the next month, once more for their second half: a new SEP for the same card and hospital, admitted on day three of the paid stay, same discharge day, group, doctor and codes.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.surakarta, hospitalClass: 'C', offset: [0.01, -0.01] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const patients = [
      ['L', '1956-04-02', '2026-01-09'],
      ['P', '1949-10-21', '2026-02-01'],
      ['L', '1961-07-13', '2026-02-25'],
      ['P', '1953-01-29', '2026-03-22'],
      ['L', '1947-09-06', '2026-04-14'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const stroke = {
        member,
        facility: rs,
        cbg: 'G-4-14-I',
        dx: ['I63.9', 'I10'],
        px: ['87.03'],
        dpjp: neurologist,
        pulang: addDays(day, 6),
      } as const;
      const paid = ctx.claim({ ...stroke, masuk: day, scale: bill(170 + i), sep: igd({ masukAt: hhmm(16 + i, 40) }) });
      context.push(paid);
      fraud.push(
        ctx.claim({
          ...stroke,
          masuk: addDays(day, 3),
          billedRatio: 0.5,
          scale: bill(175 + i),
          submitted: addDays(day, 40),
          coder: 2,
          sep: inap(ctx.hospitalReferral(rs, addDays(day, 3)), { masukAt: '08:30' }),
        }),
      );
    });
    return { context, fraud };
  },
});
