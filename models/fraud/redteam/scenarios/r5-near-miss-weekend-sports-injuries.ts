// Near miss of COB_KKPAK ("trauma codes (S/T chapters) for PPU members with no e-PLKK
// report"). Wage earners get hurt off work too: football and badminton on a Sunday or a
// public holiday (a knee ligament sprain, an ankle sprain, a fractured ankle, a collarbone),
// seen in the emergency department in the late afternoon or evening. No work accident, no
// e-PLKK report, and JKN is the right payer (PP 44/2015: JKK covers accidents in the course of
// work and commuting).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-SPORTS-51',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja penerima upah cedera di luar kerja: sepak bola dan bulu tangkis pada hari Minggu atau libur nasional (keseleo ligamen lutut, keseleo pergelangan kaki, patah pergelangan kaki, patah tulang selangka), ditangani di IGD sore atau malam; bukan kecelakaan kerja, tanpa laporan e-PLKK, JKN pembayar yang benar.',
    en: 'Wage earners hurt off work: football and badminton on a Sunday or a public holiday (knee ligament sprain, ankle sprain, fractured ankle, collarbone), seen in the emergency department in the late afternoon or evening; no work accident, no e-PLKK report, JKN is the right payer.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'C', offset: [0.015, 0.02] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const onDuty = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    // Sundays, and Ascension Day (2026-05-14, data-samples/reference/holidays.ts)
    const injuries = [
      ['L', '1992-03-08', '2026-01-04', 'S83.5', 'out'],
      ['L', '1988-07-21', '2026-01-18', 'S93.4', 'out'],
      ['P', '1995-11-02', '2026-02-08', 'S93.4', 'out'],
      ['L', '1985-05-15', '2026-03-01', 'S82.6', 'in'],
      ['L', '1998-09-27', '2026-04-12', 'S42.0', 'in'],
      ['L', '1990-01-30', '2026-05-14', 'S83.5', 'out'],
    ] as const;
    const nearMiss: BuiltClaim[] = injuries.map(([sex, born, day, dx, care], i) => {
      const member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2019-02-01', wage: 5_200_000 + 250_000 * i },
      });
      const at = `${String(16 + (i % 4)).padStart(2, '0')}:${String(10 + i * 7).padStart(2, '0')}`;
      return care === 'out'
        ? ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'S-5-12-0',
            dx: [dx],
            dpjp: onDuty,
            scale: bill(i),
            sep: igd({ masukAt: at }),
          })
        : ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'S-4-11-I',
            dx: [dx],
            px: ['87.44'],
            dpjp: orthopaedist,
            scale: bill(i),
            sep: igd({ masukAt: at }),
          });
    });
    return { nearMiss };
  },
});
