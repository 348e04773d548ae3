// DOMAIN.md section 3, PROLONGED_LOS. A stretch across a whole group shows against peers, so
// a private class B hospital stretches only where the room earns most: heart-failure patients
// entitled to class 1 (I-4-12-I, norm five) stay ten to twelve days, while the same
// cardiologist's class 3 patients of the same group and severity go home in four to six
// (context). The class 1 bills carry the drugs and tests of a five-day course; room and
// nursing follow the days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-LOS-73',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas B menahan pasien gagal jantung hak kelas 1 selama 10-12 hari (norma lima), sedangkan pasien kelas 3 dokter jantung yang sama dengan kelompok dan keparahan sama pulang dalam 4-6 hari; obat dan pemeriksaan setara lima hari.',
    en: 'A private class B hospital keeps heart-failure patients entitled to class 1 for 10-12 days (norm five), while the same cardiologist’s class 3 patients of the same group and severity go home in 4-6 days; drugs and tests of a five-day course.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.tanjungpinang, hospitalClass: 'B', offset: [0.01, 0.01] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const stay = (sex: 'L' | 'P', born: string, day: string, los: number, careClass: 1 | 3, i: number) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: careClass === 1 ? 'PPU' : 'PBI', careClass, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'I-4-12-I',
        dx: ['I50.0', 'I10'],
        px: ['89.52', '88.72'],
        dpjp: cardiologist,
        scale: times(bill(760 + i), { tarif_kamar: Math.max(1, los / 5), tarif_keperawatan: Math.max(1, los / 5) }),
        sep: igd({ masukAt: hhmm(10 + (i % 9), 5 + 3 * (i % 10)) }),
      });
    const classOne = [
      ['L', '1958-02-11', '2026-01-10', 11],
      ['P', '1953-09-24', '2026-02-02', 10],
      ['L', '1949-05-06', '2026-02-25', 12],
      ['L', '1961-12-13', '2026-03-20', 11],
      ['P', '1956-07-19', '2026-04-12', 12],
      ['L', '1951-03-02', '2026-05-04', 10],
    ] as const;
    const classThree = [
      ['P', '1957-04-18', '2026-01-15', 5],
      ['L', '1950-08-08', '2026-02-09', 4],
      ['L', '1962-11-27', '2026-03-04', 6],
      ['P', '1948-01-31', '2026-03-28', 5],
      ['L', '1959-06-14', '2026-04-20', 5],
    ] as const;
    const fraud: BuiltClaim[] = classOne.map(([sex, born, day, los], i) => stay(sex, born, day, los, 1, i));
    const context: BuiltClaim[] = classThree.map(([sex, born, day, los], i) => stay(sex, born, day, los, 3, 10 + i));
    return { context, fraud };
  },
});
