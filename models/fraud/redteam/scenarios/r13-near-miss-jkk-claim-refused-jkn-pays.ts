// Near miss for COB_KKPAK (trauma of PPU workers with an e-PLKK report, billed to JKN, rightly): oil-
// palm company workers in Kotawaringin Barat (Central Kalimantan), PPU members, are hurt off duty:
// a machete cut clearing their own garden on a Sunday, a fall from a motorbike on a family trip.
// The company reports each through e-PLKK to be safe; BPJS Ketenagakerjaan finds it happened
// outside work and pays nothing (location LUAR_TEMPAT_KERJA, no SEP, benefit 0), so JKN is the
// right payer for the new class C private hospital's stay. Other patients' injuries are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const WORKERS = new Set([1, 4, 7, 10, 12]);

export default defineScenario({
  id: 'RT-NM-REFUSED-139',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja perusahaan sawit di Kotawaringin Barat (peserta PPU) cedera di luar tugas: tertebas parang saat membersihkan kebun sendiri pada hari Minggu, jatuh dari sepeda motor saat perjalanan keluarga. Perusahaan tetap melapor lewat e-PLKK; BPJS Ketenagakerjaan menilai kejadian di luar pekerjaan dan tidak membayar (lokasi di luar tempat kerja, tanpa SEP, manfaat 0), sehingga JKN memang penjamin yang benar.',
    en: 'Oil-palm company workers in Kotawaringin Barat (PPU members) are hurt off duty: a machete cut clearing their own garden on a Sunday, a motorbike fall on a family trip. The company reports each through e-PLKK to be safe; BPJS Ketenagakerjaan finds it happened outside work and pays nothing (outside the workplace, no SEP, benefit 0), so JKN is rightly the payer.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kotawaringinBarat, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    // Sundays from 4 January
    every('2026-01-04', 14, 7).forEach((day, i) => {
      const worker = WORKERS.has(i);
      const cut = i % 2 === 1;
      const member = worker
        ? ctx.member({
            sex: 'L',
            birthDate: bornBefore(day, 24 + ((i * 4) % 26), i),
            segment: 'PPU',
            careClass: 2,
            regency: rs.regency,
            worker: { since: `${2018 + (i % 7)}-0${1 + (i % 9)}-01`, wage: 3_400_000 + 80_000 * i },
          })
        : patient(ctx, rs, day, i, { age: 12 + ((i * 5) % 50) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, cut ? 3 : 2),
        cbg: cut ? 'S-1-10-I' : 'S-4-11-I',
        dx: cut ? ['S61.0'] : ['S42.0'],
        px: cut ? ['86.22'] : ['87.44'],
        dpjp: cut ? surgeon : orthopaedist,
        scale: bill(15_800 + i),
        sep: igd({ masukAt: hhmm(10 + (i % 8), (19 * i) % 60) }),
      });
      (worker ? nearMiss : context).push(claim);
      if (worker)
        ctx.kkpak({
          member,
          accidentDate: day,
          reportedDate: addDays(day, 2),
          caseType: 'KK',
          location: 'LUAR_TEMPAT_KERJA',
          daysOff: 0,
          nomorSep: null,
          jkkBenefitPaid: 0,
        });
    });
    return { nearMiss, context };
  },
});
