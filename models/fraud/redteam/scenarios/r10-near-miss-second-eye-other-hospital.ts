// Near miss of PHANTOM_BILLING and REPEAT_BILLING (RT-PHANTOM-101's honest twin: cataract
// operations on one card at two hospitals). Elderly members of Lampung Tengah have the right eye
// operated at the class C government hospital in January or February; its waiting list for the
// second eye runs to the summer, so the puskesmas refers them for the left eye to a class B private
// hospital of the same regency that has a phaco list, in March to May. Two operations, one on each
// eye (laterality R then L), at two hospitals: both lenses replaced once.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility, Fktp, Member } from '../types.js';
import type { ScenarioContext } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { phacoComponents } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

function phaco(
  ctx: ScenarioContext,
  spec: { member: Member; at: Facility; fktp: Fktp; day: string; side: 'R' | 'L'; dpjp: string; k: number },
): BuiltClaim {
  const { member, at, fktp, day, side, dpjp, k } = spec;
  const start = 8 * 60 + 30 * (k % 7);
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
    components: phacoComponents(3, at, 0.95 + 0.02 * (k % 4)),
    dpjp,
    sep: jalan(referredBy(ctx, member, fktp, at, addDays(day, -(5 + (k % 8))), ['H25.9']), {
      masukAt: t(start),
      pulangAt: t(start + 210),
      operasiAt: `${day} ${t(start + 60)}`,
    }),
  });
}

export default defineScenario({
  id: 'RT-NM-CATARACT-104',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Lansia di Lampung Tengah dioperasi katarak mata kanan di RS pemerintah kelas C pada Januari-Februari; karena antrean mata kedua panjang, puskesmas merujuk mata kiri ke RS swasta kelas B di kabupaten yang sama pada Maret-Mei: dua operasi, satu per mata, di dua RS.',
    en: 'Elderly members in Lampung Tengah have the right eye operated at the class C government hospital in January-February; the second eye’s waiting list being long, the puskesmas refers the left eye to a class B private hospital in the same regency in March-May: two operations, one per eye, at two hospitals.',
  },
  build(ctx) {
    const government = ctx.facility({ place: PLACES10.lampungTengah, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const rs = ctx.facility({ place: PLACES10.lampungTengah, hospitalClass: 'B', offset: [-0.05, 0.04] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const govSurgeon = ctx.doctor({ specialty: 'SP_M', at: [government] });
    const surgeon = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    for (let k = 0; k < 6; k++) {
      const first = clinicDay(addDays('2026-01-14', 6 * k));
      const member = ctx.member({
        sex: k % 2 ? 'L' : 'P',
        birthDate: bornBefore(first, 60 + ((k * 3) % 17), k),
        segment: k % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      nearMiss.push(
        phaco(ctx, { member, at: government, fktp: puskesmas, day: first, side: 'R', dpjp: govSurgeon, k }),
        phaco(ctx, { member, at: rs, fktp: puskesmas, day: clinicDay(addDays(first, 60 + 5 * k)), side: 'L', dpjp: surgeon, k: k + 1 }),
      );
    }
    return { nearMiss };
  },
});
