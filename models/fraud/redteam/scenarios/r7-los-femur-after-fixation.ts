// DOMAIN.md section 3, PROLONGED_LOS. Hip fractures of the elderly are long stays anyway, so
// a private class B hospital stretches them where nobody looks twice: femoral neck fractures
// (S72.0) are fixed the morning after admission (the operation time says so) and the
// patients then stay thirteen to fifteen days (M-1-30-I, norm six) with no rehabilitation on
// the bill, no complication coded and no ICU day: ward days after a done operation, room and
// nursing billed for each. Mobilisation starts on day one or two after fixation.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-LOS-72',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas B memfiksasi fraktur leher femur lansia pagi setelah masuk, lalu menahan pasien 13-15 hari (norma enam) tanpa rehabilitasi di tagihan, tanpa komplikasi dan tanpa ICU: hanya kamar dan keperawatan setiap hari.',
    en: 'A private class B hospital fixes femoral neck fractures of the elderly the morning after admission, then keeps the patients 13-15 days (norm six) with no rehabilitation on the bill, no complication and no ICU day: only room and nursing for each day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.madiun, hospitalClass: 'B', offset: [0.01, 0.01] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const patients = [
      ['P', '1948-03-15', '2026-01-06', 14, 'R'],
      ['P', '1952-07-28', '2026-01-27', 13, 'L'],
      ['L', '1945-10-09', '2026-02-17', 15, 'R'],
      ['P', '1950-01-22', '2026-03-10', 14, 'L'],
      ['P', '1943-06-04', '2026-03-31', 13, 'R'],
      ['L', '1955-11-30', '2026-04-21', 15, 'L'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los, side], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PPU', careClass: 2, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'M-1-30-I',
        dx: ['S72.0'],
        px: ['79.35'],
        laterality: [side],
        specialCmg: ['RR-03'],
        dpjp: orthopaedist,
        scale: { ...times(bill(750 + i), { tarif_kamar: los / 6, tarif_keperawatan: los / 6 }), tarif_rehabilitasi: 0 },
        sep: igd({ masukAt: hhmm(16 + (i % 5), 30), operasiAt: `${addDays(day, 1)} 0${8 + (i % 2)}:15` }),
      }),
    );
    return { fraud };
  },
});
