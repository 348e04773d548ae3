// DOMAIN.md section 3, PHANTOM_BILLING, moved off death dates and distance: the stay overlaps care
// the patient collected in person elsewhere. A new class C private hospital in Kota Agung (Tanggamus,
// Lampung) admits diabetics through its emergency room (E-4-10-I; eighteen stays, context), most of
// them chronic-programme (PRB) patients who collect a month of tablets at their puskesmas's PRB
// pharmacy. Four three-day stays were never had: the hospital used the cards of PRB patients from its
// diabetes clinic list, and on the second "day" of each stay the same card was seen at its puskesmas
// (a sick visit for its diabetes) and collected its month of tablets there.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const PAPER = new Set([3, 8, 14, 19]);

export default defineScenario({
  id: 'RT-PHANTOM-151',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Kota Agung merawat penyandang diabetes lewat IGD, kebanyakan peserta PRB yang mengambil obat bulanan di puskesmas. Empat rawat inap tiga hari tidak pernah ada: rumah sakit memakai kartu pasien PRB dari daftar klinik diabetesnya, dan pada "hari" kedua kartu yang sama tercatat berobat di puskesmasnya dan mengambil obat PRB sebulan di sana.',
    en: 'A new class C private hospital in Kota Agung admits diabetics through its emergency room, most of them chronic-programme (PRB) patients collecting monthly tablets at their puskesmas. Four three-day stays never happened: the hospital used PRB patients’ cards from its diabetes clinic list, and on the second “day” of each stay the same card was seen at its puskesmas and collected a month of tablets there.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.tanggamus, hospitalClass: 'C' });
    const puskesmas = [ctx.fktp(rs.regency, 'PUSKESMAS'), ctx.fktp(rs.regency, 'PUSKESMAS')];
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-09', 22, 6.1).forEach((day, i) => {
      const paper = PAPER.has(i);
      const member = patient(ctx, rs, day, i, { age: 46 + ((i * 7) % 30) });
      const home = puskesmas[i % 2]!;
      const pulang = ctx.dischargeAround({ member, masuk: day, cbg: 'E-4-10-I' });
      const stayEnd = paper ? addDays(day, 3) : pulang;
      // the monthly PRB fills, away from the stay (an honest patient collects before or after it)
      if (paper || i % 4 !== 2)
        for (let m = -3; m <= 3; m++) {
          const fill = addDays(day, 30 * m + (paper && m === 0 ? 1 : -11 + (i % 6)));
          if (fill < '2025-10-01' || fill > '2026-05-31') continue;
          if (!(paper && m === 0) && fill >= day && fill <= stayEnd) continue;
          ctx.prbClaim({ member, fktp: home, date: fill, dx: 'E11.9', days: 30, cost: 160_000 + 4_000 * (i % 5) });
        }
      if (paper) ctx.fktpVisit({ member, fktp: home, date: addDays(day, 1), dx: ['E11.9'] });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: stayEnd,
        cbg: 'E-4-10-I',
        dx: [i % 5 === 4 ? 'E11.6' : 'E11.9'],
        px: ['99.18', '90.59'],
        dpjp: internists[i % 2] as string,
        scale: bill(21_600 + i),
        sep: igd({ masukAt: hhmm(10 + ((i * 5) % 12), (37 * i) % 60) }),
      });
      (paper ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
