// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure billed but not done". Elective hernia
// patients of a new class C private hospital in Nganjuk are admitted the afternoon before; on the
// morning of the list some are sent home unoperated (blood pressure too high at the anaesthetic
// review, the list overrun). The hospital bills the repair in full anyway, theatre fee and mesh
// included, and writes the slot the patient was booked for as the operation time: 08:00, with
// the patient discharged at 09:05-09:30 the same morning. Nobody walks out of a spinal
// anaesthetic and a groin incision within ninety minutes. The repairs done (context) go home the
// day after, as hernia repairs do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-CANCEL-101',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C baru di Nganjuk menagih penuh operasi hernia (jasa operasi dan mesh) untuk pasien yang batal dioperasi pagi itu; waktu operasi diisi jadwal 08:00 dan pasien pulang pukul 09:05-09:30 pagi yang sama, mustahil setelah anestesi spinal dan sayatan.',
    en: 'A new class C private hospital in Nganjuk bills hernia repairs in full (theatre fee and mesh) for patients sent home unoperated that morning; the operation time is the booked 08:00 slot and the patient leaves at 09:05-09:30 the same morning, impossible after a spinal and an incision.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.nganjuk, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const repair = (d: string, i: number, cancelled: boolean): BuiltClaim => {
      const day = clinicDay(d);
      const operated = addDays(day, 1);
      const member = patient(ctx, rs, day, i, { age: 28 + ((i * 8) % 40), sex: i % 6 ? 'L' : 'P' });
      const side = i % 3 ? 'R' : 'L';
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: cancelled ? operated : addDays(operated, 1),
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [side],
        dpjp: surgeon,
        scale: bill(11_500 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -(6 + (i % 5))), ['K40.9']), {
          masukAt: hhmm(14 + (i % 3), 20),
          operasiAt: `${operated} 08:00`,
          pulangAt: cancelled ? hhmm(9, 5 + 5 * (i % 6)) : hhmm(10 + (i % 3), 30),
        }),
      });
    };
    const fraud = every('2026-01-13', 7, 16).map((d, i) => repair(d, i, true));
    const context = every('2026-01-20', 6, 19).map((d, i) => repair(d, 20 + i, false));
    return { fraud, context };
  },
});
