// DOMAIN.md section 3, PHANTOM_BILLING: "SEP issued after discharge", moved off its plain form: a
// new class D private hospital in Bintuni (Teluk Bintuni, West Papua) admits diarrhoea and malaria
// through its emergency room (eighteen stays, context); as the schema allows, the SEP of a few night
// arrivals is issued a day or two late (context). Four two-day "stays" were never had: the
// hospital took the cards of villagers it had seen at an outreach clinic and issued their SEPs four
// or five days after the invented admission, when the stay was already over, and on the second day
// of each stay the same card was seen at its own puskesmas for a cough.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const PAPER = new Set([3, 9, 14, 19]);
const LATE_HONEST = new Set([1, 6, 12, 17]);

export default defineScenario({
  id: 'RT-PHANTOM-141',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas D baru di Bintuni merawat diare dan malaria lewat IGD; SEP beberapa pasien malam terbit sehari-dua hari kemudian. Empat rawat inap dua hari tidak pernah ada: rumah sakit memakai kartu warga yang ditemui di klinik keliling dan menerbitkan SEP empat atau lima hari setelah tanggal masuk rekaan, sesudah "pulang", dan pada hari kedua kartu yang sama tercatat berobat batuk di puskesmasnya.',
    en: 'A new class D private hospital in Bintuni admits diarrhoea and malaria through its emergency room; a few night arrivals get their SEP a day or two late. Four two-day stays never happened: the hospital used villagers’ cards from an outreach clinic, issued the SEPs four or five days after the invented admission, after the “discharge”, and on the second day the same card was seen at its own puskesmas for a cough.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.telukBintuni, hospitalClass: 'D' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const gp = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 22, 6.5).forEach((day, i) => {
      const paper = PAPER.has(i);
      const malaria = i % 3 === 0;
      const member = patient(ctx, rs, day, i, { age: 11 + ((i * 7) % 50) });
      const los = paper ? 2 : 3;
      const tglSep = paper ? addDays(day, 4 + (i % 2)) : LATE_HONEST.has(i) ? addDays(day, 1 + (i % 2)) : day;
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        tglSep,
        cbg: malaria ? 'A-4-14-I' : 'K-4-17-I',
        dx: malaria ? ['B50.9'] : ['A09'],
        px: malaria ? ['90.59'] : ['99.18'],
        dpjp: i % 2 ? gp : internist,
        scale: bill(18_200 + i),
        sep: igd({ masukAt: hhmm(LATE_HONEST.has(i) ? 22 + (i % 2) : 9 + (i % 10), (13 * i) % 60) }),
      });
      if (paper) ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 1), dx: ['J06.9'] });
      (paper ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
