// DOMAIN.md section 1 (e-PLKK) and section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK",
// with the JKN claim's dates moved a day so that it does not sit on the e-PLKK SEP's. Smelter
// workers of a nickel industrial park in Morowali (Central Sulawesi, WITA) are burned at work; the
// employer reports each accident through e-PLKK and JKK pays the treatment under an e-PLKK SEP at a
// new class C private hospital. The hospital also bills JKN for the same burns under a JKN SEP
// whose admission is the day after the accident (the day the wound was debrided). Among them, the
// hospital's honest JKN burns of people burned at home by kerosene stoves (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-COB-121',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja smelter kawasan industri nikel di Morowali terbakar saat bekerja; pemberi kerja melaporkan lewat e-PLKK dan JKK membayar perawatannya dengan SEP e-PLKK di RS swasta kelas C baru, tetapi RS juga menagih luka bakar yang sama ke JKN dengan SEP JKN bertanggal masuk sehari setelah kecelakaan (hari debridemen).',
    en: 'Smelter workers of a nickel industrial park in Morowali are burned at work; the employer reports through e-PLKK and JKK pays the treatment under an e-PLKK SEP at a new class C private hospital, yet the hospital also bills the same burns to JKN under a JKN SEP admitted the day after the accident (the day of debridement).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.morowali, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-09', 10, 12).forEach((accident, i) => {
      const dx = i % 2 ? ['T23.2'] : i % 4 ? ['T29.3', 'T20.2'] : ['T23.2', 'T29.3'];
      if (i % 2 === 1) {
        const m = patient(ctx, rs, accident, i, { age: 30 + 3 * i, sex: 'P' });
        context.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: accident,
            pulang: addDays(accident, 5),
            cbg: 'S-1-10-I',
            dx,
            px: ['86.22'],
            dpjp: surgeon,
            scale: bill(13_900 + i),
            sep: igd({ masukAt: hhmm(18, (4 * i) % 60) }),
          }),
        );
        return;
      }
      const worker = ctx.member({
        sex: 'L',
        birthDate: bornBefore(accident, 22 + ((i * 4) % 20), i),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: `${2019 + (i % 6)}-0${1 + (i % 9)}-01`, wage: 4_800_000 + 200_000 * i },
      });
      ctx.kkpak({
        member: worker,
        accidentDate: accident,
        reportedDate: addDays(accident, 1),
        caseType: 'KK',
        location: 'TEMPAT_KERJA',
        daysOff: 21 + 3 * i,
        nomorSep: ctx.reserveSep(rs, accident),
        jkkBenefitPaid: 14_500_000 + 700_000 * i,
      });
      fraud.push(
        ctx.claim({
          member: worker,
          facility: rs,
          masuk: addDays(accident, 1),
          pulang: addDays(accident, 6 + (i % 3)),
          cbg: 'S-1-10-I',
          dx,
          px: ['86.22'],
          dpjp: surgeon,
          scale: bill(13_950 + i),
          sep: igd({ masukAt: hhmm(7, (40 + (i % 15)) % 60) }),
        }),
      );
    });
    return { fraud, context };
  },
});
