// DOMAIN.md section 3, COB_KKPAK: "trauma codes (S/T chapters) for PPU members with no e-PLKK
// report", the wrong-payer form. Workers of a nickel mine and its industrial park at Weda Bay,
// Halmahera Tengah (North Maluku, WIT), break a lower leg on shift; the company's own klinik
// pratama refers them the same working day to a new class C private hospital, which fixes the
// fracture (open reduction, 79.36) and bills JKN. No accident is ever reported through e-PLKK, so
// JKK never pays and the employer's accident record stays clean. Among them, the hospital's honest
// JKN fractures of villagers and motorcyclists who came through the emergency room (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-COB-122',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja tambang dan kawasan industri nikel Teluk Weda, Halmahera Tengah, patah tungkai bawah saat shift; klinik pratama perusahaan merujuk mereka pada hari kerja yang sama ke RS swasta kelas C baru yang melakukan ORIF (79.36) dan menagih JKN. Tidak ada laporan kecelakaan kerja lewat e-PLKK sama sekali, sehingga JKK tidak membayar.',
    en: 'Workers of the Weda Bay nickel mine and industrial park in Halmahera Tengah break a lower leg on shift; the company’s klinik pratama refers them the same working day to a new class C private hospital, which fixes the fracture (79.36) and bills JKN. No work accident is ever reported through e-PLKK, so JKK never pays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.halmaheraTengah, hospitalClass: 'C' });
    const companyClinic = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-13', 11, 11).forEach((d, i) => {
      const side = i % 2 ? 'L' : 'R';
      const onShift = i % 3 !== 2;
      const day = onShift ? clinicDay(d) : d;
      const member = onShift
        ? ctx.member({
            sex: 'L',
            birthDate: bornBefore(day, 21 + ((i * 5) % 24), i),
            segment: 'PPU',
            careClass: i % 2 ? 1 : 2,
            regency: rs.regency,
            worker: { since: `${2020 + (i % 5)}-0${2 + (i % 7)}-01`, wage: 6_100_000 + 250_000 * i },
          })
        : patient(ctx, rs, day, i, { age: 17 + 6 * i });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 2)),
        cbg: 'M-1-60-I',
        dx: ['S82.2'],
        px: ['79.36'],
        laterality: [side],
        dpjp: orthopaedist,
        scale: bill(14_000 + i),
        sep: onShift
          ? inap(referredBy(ctx, member, companyClinic, rs, day, ['S82.2']), { masukAt: hhmm(10 + (i % 5), (10 + i) % 60) })
          : igd({ masukAt: hhmm(22, (5 * i) % 60) }),
      });
      (onShift ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
