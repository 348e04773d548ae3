// DOMAIN.md section 3, PHANTOM_BILLING: "a claim for a service never given"; "one card at two
// facilities on the same day". Stroke survivors with hemiplegia have standing physiotherapy
// every Tuesday and Friday at a private class C hospital's rehabilitation clinic. Each is
// admitted for pneumonia for six to seven days to the government hospital across town
// (context, honest); the rehabilitation clinic keeps billing its Tuesday and Friday sessions
// for the days they lay in the other ward. Sessions before and after are genuine (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

const TUESDAY = 2;
const FRIDAY = 5;
const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

export default defineScenario({
  id: 'RT-PHANTOM-71',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Penyintas stroke dengan hemiplegia menjalani fisioterapi rutin Selasa dan Jumat di RS swasta kelas C; ketika mereka dirawat pneumonia enam sampai tujuh hari di RS pemerintah di kota yang sama, klinik rehabilitasi tetap menagih sesi Selasa dan Jumat selama hari-hari itu.',
    en: 'Stroke survivors with hemiplegia have standing physiotherapy every Tuesday and Friday at a private class C hospital; while they lie six to seven days in the government hospital across town with pneumonia, the rehabilitation clinic keeps billing its Tuesday and Friday sessions.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.salatiga, hospitalClass: 'C', offset: [0.01, 0.01] });
    const other = ctx.facility({ place: PLACES7.salatiga, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, -0.01] });
    const therapistDoctor = ctx.doctor({ specialty: 'SP_KFR', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [other] });
    const patients = [
      ['L', '1953-04-11', '2026-02-09', 6],
      ['P', '1958-10-26', '2026-03-02', 7],
      ['L', '1949-01-07', '2026-03-23', 6],
      ['P', '1955-07-19', '2026-04-13', 7],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const session = (member: Member, day: string, i: number) =>
      ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'Z-3-12-0',
        dx: ['I69.4', 'G81.9'],
        px: ['93.39'],
        dpjp: therapistDoctor,
        scale: bill(880 + i),
        sep: jalan(ctx.hospitalReferral(rs, addDays(day, -((i % 20) + 1))), { masukAt: hhmm(9 + (i % 4), 0) }),
      });
    patients.forEach(([sex, born, admitted, los], p) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const discharged = addDays(admitted, los);
      context.push(
        ctx.claim({
          member,
          facility: other,
          masuk: admitted,
          pulang: discharged,
          cbg: 'J-4-16-I',
          dx: ['J18.9', 'I69.4'],
          px: ['87.44', '99.21'],
          dpjp: internist,
          scale: bill(890 + p),
          sep: igd({ masukAt: hhmm(20, 10 * p) }),
        }),
      );
      // three weeks of Tuesdays and Fridays before, during and after the stay
      let k = 0;
      for (let d = addDays(admitted, -14); d <= addDays(discharged, 10); d = addDays(d, 1)) {
        // the admission and discharge days themselves could hold a session in the morning
        if ((weekday(d) !== TUESDAY && weekday(d) !== FRIDAY) || d === admitted || d === discharged) continue;
        const during = d > admitted && d < discharged;
        (during ? fraud : context).push(session(member, d, 20 * p + k++));
      }
    });
    return { context, fraud };
  },
});
