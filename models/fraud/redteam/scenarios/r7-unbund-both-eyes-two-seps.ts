// DOMAIN.md section 3, UNBUNDLING: "one episode split into several; several SEPs for one
// patient on the same or adjacent days". An eye hospital operates both eyes in one session
// (immediately sequential bilateral phaco) and bills them as two day cases: the right eye on
// the day, the left eye under a second SEP dated the next day, each with the phaco top-up and
// a full package. Staged cataract surgery is weeks apart; these are one morning.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { phacoComponents, referredPatient } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-UNBUND-71',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS mata mengoperasi kedua mata dalam satu sesi tetapi menagihnya sebagai dua tindakan: mata kanan pada hari itu, mata kiri dengan SEP kedua bertanggal keesokan harinya, masing-masing dengan top-up fakoemulsifikasi dan paket penuh.',
    en: 'An eye hospital operates both eyes in one session and bills them as two day cases: the right eye on the day, the left eye under a second SEP dated the next day, each with the phaco top-up and a full package.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.probolinggo, hospitalClass: 'C', type: 'RSK', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const patients = [
      ['P', '1951-03-14', '2026-01-13'],
      ['L', '1947-08-02', '2026-02-03'],
      ['P', '1956-12-20', '2026-02-24'],
      ['L', '1949-05-09', '2026-03-17'],
      ['P', '1954-10-27', '2026-04-07'],
      ['L', '1944-01-16', '2026-05-05'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, addDays(day, -10), ['H25.9']);
      const eye = (date: string, side: 'R' | 'L', at: number) =>
        ctx.claim({
          member: p.member,
          facility: rs,
          masuk: date,
          cbg: 'H-2-36-0',
          dx: ['H25.9'],
          px: ['13.41', '13.71'],
          laterality: [side, side],
          specialCmg: ['SP-02'],
          components: phacoComponents(3, rs, 1 + 0.02 * (i % 3)),
          dpjp: surgeon,
          sep: jalan(p.referral, { masukAt: hhmm(at, 0), pulangAt: hhmm(at + 3, 0), operasiAt: `${date} ${hhmm(at + 1, 0)}` }),
        });
      context.push(eye(day, 'R', 7 + (i % 3)));
      fraud.push(eye(addDays(day, 1), 'L', 8 + (i % 3)));
    });
    return { context, fraud };
  },
});
