// Near miss of CLONING (DOMAIN.md section 3: near-identical claims "same doctor or day") and of
// COB_KKPAK ("trauma codes (S/T chapters) for PPU members with no e-PLKK report"). A bus of
// families going home for Idul Fitri crashes on the north-coast road on a collective-leave
// Sunday: eight injured, one emergency doctor, one day, similar injuries; the workers among
// them are on leave, so it is no work accident and JKK owes nothing.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-BUSCRASH-31',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Bus mudik Lebaran kecelakaan di jalur pantura pada hari cuti bersama (Minggu 22 Maret): delapan korban warga Jakarta dirawat di satu RS di Semarang oleh satu dokter IGD, cedera serupa; pekerja PPU di antaranya sedang cuti, bukan kecelakaan kerja.',
    en: 'A bus of families going home for Idul Fitri crashes on the north-coast road on a collective-leave Sunday (22 March): eight Jakarta residents treated at one Semarang hospital by one emergency doctor, similar injuries; the PPU workers among them are on leave, no work accident.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.03, -0.04] });
    const home = PLACES.jakartaTimur.regency;
    const crash = '2026-03-22';
    const victims = [
      // sex, born, segment, CBG, diagnoses, procedures, days, doctor
      ['L', '1983-05-06', 'PPU', 'S-4-10-I', ['S06.0', 'S00.9'], ['87.03'], 3, 1],
      ['P', '1986-09-17', 'PPU', 'S-4-10-I', ['S06.0', 'S01.8'], ['87.03'], 3, 1],
      ['P', '2012-02-28', 'PPU', 'S-4-10-I', ['S06.0'], ['87.03'], 2, 1],
      ['L', '1961-11-03', 'PBPU', 'S-4-10-II', ['S22.3', 'S06.0'], ['87.03'], 5, 1],
      ['L', '1990-07-21', 'PPU', 'S-4-11-I', ['S42.0'], ['87.44'], 3, 1],
      ['P', '1958-04-14', 'PBI', 'S-4-11-I', ['S82.6', 'S00.9'], ['87.44'], 3, 1],
      ['L', '1999-12-30', 'PBPU', 'S-4-11-I', ['S42.0', 'S00.9'], ['87.44'], 3, 1],
      ['P', '1979-08-25', 'PPU', 'M-1-60-I', ['S52.5', 'S00.9'], ['79.32'], 4, 6],
    ] as const;
    const nearMiss: BuiltClaim[] = victims.map(([sex, born, segment, cbg, dx, px, days, dpjp]) => {
      const worker = segment === 'PPU' && born < '2008-01-01' ? { since: '2015-01-01', wage: 5_600_000 } : undefined;
      const m = ctx.member({
        sex,
        birthDate: born,
        segment,
        careClass: segment === 'PBI' ? 3 : 2,
        regency: home,
        ...(worker ? { worker } : {}),
      });
      const surgical = cbg === 'M-1-60-I';
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: crash,
        pulang: addDays(crash, days),
        cbg,
        dx,
        px,
        dpjp,
        ...(surgical ? { specialCmg: ['RR-03'], laterality: ['L' as const] } : {}),
      });
    });
    return { nearMiss };
  },
});
