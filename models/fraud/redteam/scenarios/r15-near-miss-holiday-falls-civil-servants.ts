// Near miss for COB_KKPAK: trauma codes on wage earners with no e-PLKK report, and rightly JKN's. A
// new class C private hospital in Pangandaran (West Java's south coast) fixes wrist fractures
// (M-1-60-I with a plate) and casts others (sixteen stays, context). Five of its patients are
// wage-earning office and school staff who broke a wrist at home or on the beach during the Idul
// Fitri holidays and the long weekends after them: not at work, not commuting, so no work accident
// to report, and JKN pays. Their emergency arrivals fall on holidays and Sundays.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

/** Idul Fitri 2026 (20-21 March, collective leave 23-24 March) and the Sundays and holidays after it (reference holidays.ts). */
const OFF_DUTY = ['2026-03-20', '2026-03-22', '2026-03-24', '2026-04-05', '2026-05-14'];

export default defineScenario({
  id: 'RT-NM-COB-151',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'RS swasta kelas C baru di Pangandaran memasang pelat patah pergelangan tangan (M-1-60-I) dan menggips yang lain. Lima pasiennya pekerja kantor dan sekolah penerima upah yang patah tangan di rumah atau di pantai saat libur Idul Fitri dan akhir pekan panjang sesudahnya: bukan di tempat kerja, bukan perjalanan kerja, jadi tidak ada kecelakaan kerja untuk dilaporkan, dan JKN yang membayar.',
    en: 'A new class C private hospital in Pangandaran plates wrist fractures (M-1-60-I) and casts others. Five of its patients are wage-earning office and school staff who broke a wrist at home or on the beach during the Idul Fitri holidays and the long weekends after: not at work, not commuting, so no work accident to report, and JKN pays. They arrive on holidays and Sundays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.pangandaran, hospitalClass: 'C' });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    OFF_DUTY.forEach((day, w) => {
      const member = ctx.member({
        sex: w % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 29 + 5 * w, w),
        segment: 'PPU',
        careClass: w % 2 ? 1 : 2,
        regency: rs.regency,
        worker: { since: '2016-08-01', wage: 3_900_000 + 250_000 * w },
      });
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'M-1-60-I',
          dx: ['S52.5'],
          px: ['79.32'],
          laterality: [w % 2 ? 'R' : 'L'],
          specialCmg: ['RR-03'],
          dpjp: orthopaedist,
          scale: bill(24_000 + w),
          sep: igd({ masukAt: hhmm(10 + w, 15 + 7 * w) }),
        }),
      );
    });
    spread('2026-01-06', 16, 8.5).forEach((day, i) => {
      const plated = i % 2 === 0;
      context.push(
        ctx.claim({
          member: patient(ctx, rs, day, i, { age: plated ? 55 + (i % 20) : 8 + ((i * 5) % 60) }),
          facility: rs,
          masuk: day,
          cbg: plated ? 'M-1-60-I' : 'S-4-11-I',
          dx: plated ? [i % 4 === 0 ? 'S52.5' : 'S82.2'] : [i % 3 ? 'S42.0' : 'S82.6'],
          px: plated ? [i % 4 === 0 ? '79.32' : '79.36'] : ['87.44'],
          ...(plated ? { laterality: [i % 3 ? 'R' : 'L'] as ('R' | 'L')[], specialCmg: ['RR-03'] } : {}),
          dpjp: plated ? orthopaedist : surgeon,
          scale: bill(24_010 + i),
          sep: igd({ masukAt: hhmm(8 + ((i * 5) % 13), (11 * i) % 60) }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
