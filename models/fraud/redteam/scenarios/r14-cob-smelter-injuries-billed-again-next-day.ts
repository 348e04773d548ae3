// DOMAIN.md section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK", moved off the same
// SEP and the same day. A new class C private hospital in Labuha (Halmahera Selatan, North Maluku)
// serves the nickel smelter's workforce and the island: fractures, burns and diarrhoea of villagers
// and fishermen (context), and two smelter staff with typhoid caught off duty (context). Four
// smelter workers burnt or injured at work are treated on the day under e-PLKK: the employer reports
// the case, the SEP is issued for JKK and JKK pays. The hospital then bills JKN as well, for the same
// injury, under a new SEP opened the next morning as if the worker had been admitted then.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const INJURED_AT_WORK = new Set([2, 7, 11, 16]);
const STAFF_ILL = new Set([5, 13]);

/** What brought each patient in: group, diagnoses, procedures. */
const CASES = [
  { cbg: 'T-4-10-I', dx: ['T23.2'], px: ['99.18'] },
  { cbg: 'S-4-11-I', dx: ['S92.3'], px: ['87.44'] },
  { cbg: 'K-4-17-I', dx: ['A09'], px: ['99.18'] },
] as const;

export default defineScenario({
  id: 'RT-COB-141',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'RS swasta kelas C baru di Labuha (Halmahera Selatan) melayani pekerja smelter nikel dan warga pulau. Empat pekerja smelter yang terbakar atau cedera saat kerja dirawat hari itu lewat e-PLKK: pemberi kerja melapor, SEP terbit untuk JKK dan JKK membayar. Rumah sakit lalu menagih JKN juga untuk cedera yang sama dengan SEP baru yang dibuka esok paginya, seolah pekerja baru masuk saat itu.',
    en: 'A new class C private hospital in Labuha (Halmahera Selatan) serves a nickel smelter’s workforce and the island. Four smelter workers burnt or injured at work are treated on the day under e-PLKK: the employer reports, the SEP is issued for JKK and JKK pays. The hospital then bills JKN too for the same injury, under a new SEP opened the next morning as if the worker had been admitted then.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.halmaheraSelatan, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 20, 7).forEach((day, i) => {
      const atWork = INJURED_AT_WORK.has(i);
      const staff = atWork || STAFF_ILL.has(i);
      const c = atWork ? CASES[i % 2] : STAFF_ILL.has(i) ? { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'] } : CASES[i % 3];
      if (!c) return;
      const member: Member = staff
        ? ctx.member({
            sex: 'L',
            birthDate: bornBefore(day, 22 + ((i * 3) % 20), i),
            segment: 'PPU',
            careClass: 2,
            regency: rs.regency,
            worker: { since: `${2021 + (i % 4)}-0${1 + (i % 9)}-01`, wage: 4_600_000 + 150_000 * i },
          })
        : patient(ctx, rs, day, i, { age: 15 + ((i * 7) % 50) });
      const masuk = atWork ? addDays(day, 1) : day;
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk,
        pulang: addDays(masuk, 3),
        cbg: c.cbg,
        dx: c.dx,
        px: c.px,
        dpjp: c.cbg.startsWith('A') || c.cbg.startsWith('K') ? internist : surgeon,
        scale: bill(19_100 + i),
        sep: igd({ masukAt: atWork ? hhmm(7, 20 + (i % 4) * 5) : hhmm(9 + ((i * 5) % 13), (17 * i) % 60) }),
      });
      if (!atWork) {
        context.push(claim);
        return;
      }
      fraud.push(claim);
      ctx.kkpak({
        member,
        accidentDate: day,
        reportedDate: day,
        caseType: 'KK',
        location: 'TEMPAT_KERJA',
        daysOff: 10 + (i % 5),
        nomorSep: ctx.reserveSep(rs, day),
        jkkBenefitPaid: 5_200_000 + 110_000 * i,
      });
    });
    return { fraud, context };
  },
});
