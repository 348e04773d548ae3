// DOMAIN.md section 3, PARTICIPANT_ABUSE: "diagnosis inconsistent with age/sex; one card in distant
// places the same day", moved to just under the age the diagnosis needs. A new class C private
// hospital in Dolok Sanggul (Humbang Hasundutan) admits old farmers' COPD exacerbations (J-4-10-I;
// sixteen stays, context). Four fathers whose own cards had lapsed were admitted on their sons' cards:
// the sons are 36 to 39 years old (COPD from 40), wage earners in Medan, and on the second day of each
// stay the son's card was seen at his own clinic in Medan for a check-up.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const SONS = new Map([
  [3, 38],
  [8, 36],
  [13, 39],
  [18, 37],
]);

export default defineScenario({
  id: 'RT-ABUSE-151',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'RS swasta kelas C baru di Dolok Sanggul merawat eksaserbasi PPOK petani tua (J-4-10-I). Empat ayah yang kartunya sudah tidak aktif dirawat dengan kartu anak laki-lakinya: anak-anak itu berumur 36-39 tahun (PPOK dari 40), pekerja di Medan, dan pada hari kedua rawat kartu anak tercatat kontrol sehat di klinik pratamanya di Medan.',
    en: 'A new class C private hospital in Dolok Sanggul admits old farmers’ COPD exacerbations (J-4-10-I). Four fathers whose cards had lapsed were admitted on their sons’ cards: the sons are 36 to 39 (COPD from 40), wage earners in Medan, and on day two of each stay the son’s card was seen at his own Medan clinic for a check-up.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.humbangHasundutan, hospitalClass: 'C' });
    const medanClinic = ctx.fktp(PLACES.medan.regency, 'KLINIK_PRATAMA');
    const doctors = [ctx.doctor({ specialty: 'SP_P', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-09', 20, 6.8).forEach((day, i) => {
      const sonAge = SONS.get(i);
      const member = sonAge
        ? ctx.member({
            sex: 'L',
            birthDate: bornBefore(day, sonAge, i),
            segment: 'PPU',
            careClass: 2,
            regency: PLACES.medan.regency,
            worker: { since: '2015-07-01', wage: 4_600_000 + 200_000 * (i % 3) },
          })
        : patient(ctx, rs, day, i, { age: 58 + ((i * 5) % 22), sex: 'L' });
      if (sonAge) ctx.fktpVisit({ member, fktp: medanClinic, date: addDays(day, 1), dx: [] });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'J-4-10-I',
        dx: ['J44.1'],
        px: ['93.96', '87.44'],
        dpjp: doctors[i % 2] as string,
        scale: bill(23_200 + i),
        sep: igd({ masukAt: hhmm(6 + ((i * 7) % 15), (13 * i) % 60) }),
      });
      (sonAge ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
