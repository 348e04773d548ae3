// DOMAIN.md section 2 (upgrade_class_ind / class / los / payor) and section 3, ROOM_CLASS:
// "care class above entitlement; upgrade fields inconsistent with payer". Under coordination
// of benefits (Permenkes 51/2018, Peraturan BPJS 4/2020 on COB) a supplementary insurer pays
// the difference of an upgrade and JKN pays its own class. A private class B hospital records
// class-2 wage earners as upgraded to class 1 with the difference paid by their supplementary
// insurer, and bills JKN the class-1 tariff as well: the difference is paid twice.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-ROOM-61',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'RS swasta kelas B mencatat pekerja kelas 2 naik ke kelas 1 dengan selisih dibayar asuransi tambahan (koordinasi manfaat), tetapi JKN juga ditagih tarif kelas 1: selisihnya dibayar dua kali.',
    en: 'A private class B hospital records class-2 wage earners as upgraded to class 1 with the difference paid by their supplementary insurer (coordination of benefits), and bills JKN the class-1 tariff too: the difference is paid twice.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.malang, hospitalClass: 'B', offset: [0.02, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1984-05-14', '2026-01-13', 'A-4-13-I', ['A90'], ['90.59'], 4],
      ['P', '1979-11-02', '2026-02-03', 'J-4-16-I', ['J18.9'], ['87.44', '99.21'], 5],
      ['L', '1990-02-23', '2026-02-24', 'A-4-11-I', ['A01.0'], ['99.21'], 4],
      ['P', '1987-08-09', '2026-03-17', 'N-4-11-I', ['N39.0'], ['57.94'], 3],
      ['L', '1975-12-30', '2026-04-07', 'K-4-17-I', ['A09', 'E86'], ['99.18'], 3],
      ['P', '1993-06-21', '2026-04-28', 'A-4-13-I', ['A91'], ['90.59'], 5],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, cbg, dx, px, los], i) => {
      const p = referredPatient(
        ctx,
        { sex, birthDate: born, segment: 'PPU', careClass: 2, worker: { since: '2016-03-01', wage: 3_600_000 + 100_000 * i } },
        puskesmas,
        rs,
        day,
        dx,
      );
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg,
        dx,
        px,
        kelas: 1,
        upgrade: { to: 'kelas_1', days: los, payor: 'asuransi_tambahan' },
        dpjp: internist,
        scale: bill(190 + i),
        sep: inap(p.referral),
      });
    });
    return { fraud };
  },
});
