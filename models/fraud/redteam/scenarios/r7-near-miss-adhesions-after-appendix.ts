// Near miss of CANCELLED_SERVICE (RT-CANCEL-71: an appendix "removed" and then removed again
// elsewhere). A perforated appendix leaves adhesions: young patients operated for appendicitis
// at a class B government hospital come back three to seven weeks later with adhesive bowel
// obstruction (K56.6) and need a laparotomy (54.11) by the same surgical team. A second
// abdominal operation soon after the first, both genuine: another group, another procedure,
// the operations timed and billed in full. The hospital's ordinary appendectomies of the same
// months (uncomplicated, severity I, home on day two or three) are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-NM-ADHESION-71',
  kind: 'near_miss',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Pasien muda yang dioperasi karena apendisitis di RS pemerintah kelas B kembali tiga sampai tujuh minggu kemudian dengan obstruksi usus karena adhesi dan menjalani laparotomi oleh tim bedah yang sama: dua operasi perut berdekatan, keduanya sungguhan.',
    en: 'Young patients operated for appendicitis at a class B government hospital come back three to seven weeks later with adhesive bowel obstruction and have a laparotomy by the same surgical team: two abdominal operations close together, both genuine.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.buleleng, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const patients = [
      ['L', '2000-05-06', '2026-01-10', 24],
      ['P', '1996-11-19', '2026-02-04', 35],
      ['L', '2007-03-02', '2026-02-28', 41],
      ['L', '1991-08-23', '2026-03-21', 28],
    ] as const;
    const ordinary = [
      ['P', '2003-02-14', '2026-01-05'],
      ['L', '1998-07-30', '2026-01-24'],
      ['L', '2009-10-11', '2026-02-12'],
      ['P', '1994-04-26', '2026-03-04'],
      ['L', '2001-12-08', '2026-03-27'],
      ['P', '1988-06-19', '2026-04-16'],
      ['L', '2005-09-01', '2026-05-06'],
      ['L', '1996-01-13', '2026-05-22'],
    ] as const;
    const context: BuiltClaim[] = ordinary.map(([sex, born, day], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2 + (i % 2)),
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: surgeons[i % 2] as string,
        scale: bill(1120 + i),
        sep: igd({ masukAt: hhmm(15 + (i % 6), 40) }),
      }),
    );
    const nearMiss: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, later], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency });
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 4),
          cbg: 'K-1-12-II',
          dx: ['K35.8', 'E86'],
          px: ['47.09'],
          dpjp: surgeons[i % 2] as string,
          scale: bill(1080 + i),
          sep: igd({ masukAt: hhmm(20 + (i % 3), 30), operasiAt: `${day} 23:${String(10 + 10 * i)}` }),
        }),
      );
      const back = addDays(day, 4 + later);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 8),
          cbg: 'K-1-14-I',
          dx: ['K56.6'],
          px: ['54.11'],
          dpjp: surgeons[(i + 1) % 2] as string,
          scale: bill(1090 + i),
          sep: igd({ masukAt: hhmm(6 + i, 5), operasiAt: `${addDays(back, 1)} 10:00` }),
        }),
      );
    });
    return { context, nearMiss };
  },
});
