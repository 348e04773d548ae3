// DOMAIN.md section 3, PHANTOM_BILLING: "a claim for a service never given"; DOMAIN.md names the
// KPK's 2024 finding on cataract claims. A new private class C hospital in Gunungkidul runs a
// free cataract-screening day (bakti sosial) with the puskesmas; the elderly who come leave a
// referral letter and their card. Some of them had both eyes operated at the government hospital
// of the regency in January and February (right, then left: context), yet the private hospital
// bills a phaco operation with a lens and the SP-02 top-up on their cards in April and May, as it
// does for the genuine cataracts it operates (context). A patient has two lenses to replace.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { phacoComponents } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-101',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta kelas C baru di Gunungkidul mengadakan bakti sosial skrining katarak; pada kartu lansia yang kedua matanya sudah dioperasi di RS pemerintah pada Januari dan Februari, RS menagih operasi fako dengan lensa dan top-up SP-02 pada April-Mei, operasi yang tidak pernah dilakukan.',
    en: 'A new private class C hospital in Gunungkidul runs a cataract-screening day; on the cards of elderly members whose both eyes were operated at the government hospital in January and February it bills a phaco operation with a lens and the SP-02 top-up in April-May, never done.',
  },
  build(ctx) {
    const government = ctx.facility({ place: PLACES10.gunungkidul, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const rs = ctx.facility({ place: PLACES10.gunungkidul, hospitalClass: 'C', offset: [0.04, -0.05] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const govSurgeon = ctx.doctor({ specialty: 'SP_M', at: [government] });
    const surgeon = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const phaco = (member: ReturnType<typeof ctx.member>, at: typeof rs, day: string, side: 'R' | 'L', dpjp: string, k: number) => {
      const start = 8 * 60 + 35 * (k % 6);
      const t = (m: number) => hhmm(Math.floor(m / 60), m % 60);
      return ctx.claim({
        member,
        facility: at,
        masuk: day,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        laterality: [side, side],
        specialCmg: ['SP-02'],
        components: phacoComponents(3, at, 0.97 + 0.01 * (k % 4)),
        dpjp,
        sep: jalan(referredBy(ctx, member, puskesmas, at, addDays(day, -(7 + (k % 9))), ['H25.9']), {
          masukAt: t(start),
          pulangAt: t(start + 200),
          operasiAt: `${day} ${t(start + 70)}`,
        }),
      });
    };
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    for (let k = 0; k < 6; k++) {
      const first = clinicDay(addDays('2026-01-12', 3 * k));
      const member = ctx.member({
        sex: k % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 62 + ((k * 4) % 16), k),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
      });
      // genuinely operated: right eye in January, left eye four to five weeks later
      context.push(phaco(member, government, first, 'R', govSurgeon, k));
      context.push(phaco(member, government, clinicDay(addDays(first, 30 + k)), 'L', govSurgeon, k + 1));
      // the screening day's card, billed again in April or May
      fraud.push(phaco(member, rs, clinicDay(addDays('2026-04-06', 7 * k)), k % 2 ? 'L' : 'R', surgeon, k + 2));
    }
    // the private hospital's genuine cataracts
    for (let k = 0; k < 5; k++) {
      const day = clinicDay(addDays('2026-04-08', 6 * k));
      const member = ctx.member({
        sex: k % 2 ? 'L' : 'P',
        birthDate: bornBefore(day, 60 + 3 * k, 10 + k),
        segment: k % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      context.push(phaco(member, rs, day, k % 2 ? 'R' : 'L', surgeon, k + 3));
    }
    return { fraud, context };
  },
});
