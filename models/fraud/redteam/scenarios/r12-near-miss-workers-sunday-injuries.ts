// Near miss of COB_KKPAK ("trauma codes for PPU members with no e-PLKK report"): injuries of wage
// earners that were not work accidents. Factory workers of Kabupaten Bekasi (West Java) come to the
// emergency room of a new class B private hospital on Sundays and national holidays, in the evening,
// with an ankle fracture from Sunday football, a wrist broken falling off a motorbike on the way to
// the market, a cut hand from cooking for a feast: JKN pays, rightly, and there is nothing to report
// through e-PLKK. Their employers' factories are closed those days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES12 } from './r12-common.js';

/** Sundays and national holidays of 2026 (New Year, Idul Fitri, Good Friday, Labour Day), with the injury. */
const INJURIES = [
  { day: '2026-01-01', cbg: 'S-4-11-I', dx: ['S82.6'], px: ['87.44'], los: 2, side: null },
  { day: '2026-01-18', cbg: 'M-1-60-I', dx: ['S52.5'], px: ['79.32'], los: 3, side: 'R' },
  { day: '2026-02-08', cbg: 'S-3-13-0', dx: ['S61.0'], px: ['86.59'], los: 0, side: null },
  { day: '2026-03-01', cbg: 'S-4-11-I', dx: ['S92.3'], px: ['87.44'], los: 2, side: null },
  { day: '2026-03-21', cbg: 'S-3-13-0', dx: ['S61.0'], px: ['86.59'], los: 0, side: null },
  { day: '2026-04-03', cbg: 'M-1-60-I', dx: ['S82.2'], px: ['79.36'], los: 4, side: 'L' },
  { day: '2026-04-26', cbg: 'S-5-12-0', dx: ['S93.4'], px: ['86.59'], los: 0, side: null },
  { day: '2026-05-01', cbg: 'S-4-11-I', dx: ['S42.0'], px: ['87.44'], los: 2, side: null },
] as const;

export default defineScenario({
  id: 'RT-NM-OFFDUTY-121',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja pabrik di Kabupaten Bekasi datang ke IGD RS swasta kelas B baru pada hari Minggu dan hari libur nasional sore hari: patah pergelangan kaki main bola, patah pergelangan tangan jatuh dari motor ke pasar, tangan teriris memasak untuk hajatan. JKN membayar dengan benar; tidak ada yang perlu dilaporkan lewat e-PLKK.',
    en: 'Factory workers of Kabupaten Bekasi come to the emergency room of a new class B private hospital on Sundays and national holidays in the evening: an ankle broken at football, a wrist broken falling off a motorbike on the way to market, a hand cut cooking for a feast. JKN pays, rightly; there is nothing to report through e-PLKK.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabBekasi, hospitalClass: 'B' });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const nearMiss: BuiltClaim[] = INJURIES.map((inj, i) => {
      const worker = ctx.member({
        sex: i % 4 === 3 ? 'P' : 'L',
        birthDate: bornBefore(inj.day, 20 + ((i * 5) % 22), i),
        segment: 'PPU',
        careClass: i % 2 ? 2 : 1,
        regency: rs.regency,
        worker: { since: `${2016 + (i % 8)}-0${1 + i}-01`, wage: 5_300_000 + 180_000 * i },
      });
      return ctx.claim({
        member: worker,
        facility: rs,
        masuk: inj.day,
        pulang: addDays(inj.day, inj.los),
        cbg: inj.cbg,
        dx: [...inj.dx],
        px: [...inj.px],
        ...(inj.side ? { laterality: [inj.side] } : {}),
        dpjp: inj.cbg.startsWith('M') || inj.cbg.startsWith('S-4') ? orthopaedist : surgeon,
        scale: bill(14_400 + i),
        sep: igd({ masukAt: hhmm(16 + (i % 5), (5 + 6 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
