// DOMAIN.md section 3, PHANTOM_BILLING: "one card at two distant facilities on the same day", moved
// off two hospital claims: the other place is a primary-care healthy visit. A new class D private
// hospital in Karang Baru (Aceh Tamiang) bills emergency-room visits for minor injuries and fevers
// of local people in the evening (S-5-12-0 and Q-5-42-0; eighteen visits, context). Four evening
// visits were never made: the cards belong to schoolchildren of Simeulue, an island four hundred
// kilometres and a night's ferry away, whose names a partner collected; on each of those days the
// same child was immunised or weighed at the island's puskesmas (a healthy P-Care visit).
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const PAPER = new Set([2, 7, 13, 18]);

export default defineScenario({
  id: 'RT-PHANTOM-152',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas D baru di Karang Baru menagih kunjungan IGD malam untuk luka ringan dan demam warga setempat. Empat kunjungan tidak pernah ada: kartunya milik anak sekolah di Simeulue, pulau 400 km dan semalam naik kapal jauhnya, yang namanya dikumpulkan seorang mitra; pada hari yang sama anak itu diimunisasi atau ditimbang di puskesmas pulau (kunjungan sehat P-Care).',
    en: 'A new class D private hospital in Karang Baru bills evening emergency-room visits for minor injuries and fevers of local people. Four visits never happened: the cards belong to schoolchildren of Simeulue, an island 400 km and a night’s ferry away, whose names a partner collected; that same day each child was immunised or weighed at the island’s puskesmas (a healthy P-Care visit).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehTamiang, hospitalClass: 'D' });
    const island = ctx.fktp(PLACES15.simeulue.regency, 'PUSKESMAS');
    const gps = [ctx.doctor({ specialty: 'UMUM', at: [rs] }), ctx.doctor({ specialty: 'UMUM', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-05', 22, 6.2).forEach((day, i) => {
      const paper = PAPER.has(i);
      const member = paper
        ? ctx.member({
            sex: i % 2 ? 'P' : 'L',
            birthDate: bornBefore(day, 7 + (i % 6), i),
            segment: 'PBI',
            careClass: 3,
            regency: PLACES15.simeulue.regency,
          })
        : patient(ctx, rs, day, i, { age: 6 + ((i * 7) % 50) });
      if (paper) ctx.fktpVisit({ member, fktp: island, date: day, dx: [] });
      const injury = i % 2 === 0;
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: injury ? 'S-5-12-0' : 'Q-5-42-0',
        dx: injury ? [i % 4 === 0 ? 'S61.0' : 'T14.0'] : [i % 3 ? 'R50.9' : 'J06.9'],
        px: injury ? ['86.59'] : [],
        dpjp: gps[i % 2] as string,
        scale: bill(21_700 + i),
        sep: igd({ masukAt: hhmm(19 + (i % 3), (23 * i) % 60) }),
      });
      (paper ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
