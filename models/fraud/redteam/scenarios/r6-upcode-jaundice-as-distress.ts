// DOMAIN.md section 3, UPCODING; SCHEMA.md households and newborns (a sick newborn has a stay
// on its own card). Term babies kept for phototherapy (neonatal jaundice, P-8-11, Rp2.0M base)
// are coded as neonates with major problems (P-8-17, Rp5.6M base) by putting respiratory
// distress syndrome (P22.0) first, with oxygen (93.96) as its only treatment: no ventilation,
// no ICU day, home on day three where the group norm is eight, and the hospital bill of a
// phototherapy stay. The mothers' deliveries are genuine and billed on their own cards.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-UPCODE-62',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Bayi cukup bulan yang dirawat untuk fototerapi ikterus dikode sebagai neonatus dengan masalah berat (P-8-17) dengan menaruh sindrom gawat napas (P22.0) di depan, hanya oksigen sebagai terapinya: tanpa ventilator, tanpa ICU, pulang hari ketiga (norma delapan), tagihan setara fototerapi.',
    en: 'Term babies kept for phototherapy of jaundice are coded as neonates with major problems (P-8-17) by putting respiratory distress syndrome (P22.0) first, oxygen its only treatment: no ventilation, no ICU, home on day three (norm eight), a phototherapy bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.tangerang, hospitalClass: 'C', offset: [0.02, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyn = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const mothers = [
      ['1996-04-12', '2026-01-08', 'L'],
      ['1993-09-25', '2026-01-29', 'P'],
      ['2000-02-03', '2026-02-24', 'L'],
      ['1990-06-18', '2026-03-17', 'P'],
      ['1998-12-07', '2026-04-09', 'L'],
      ['1995-03-29', '2026-05-05', 'P'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    mothers.forEach(([born, day, babySex], i) => {
      const household = ctx.household(rs.regency);
      ctx.member({
        sex: 'L',
        birthDate: `19${88 + i}-0${1 + i}-15`,
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'KEPALA' },
      });
      const mother = ctx.member({
        sex: 'P',
        birthDate: born,
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'PASANGAN' },
      });
      const referral = referredBy(ctx, mother, puskesmas, rs, day, ['O80.0']);
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: obgyn,
          scale: bill(i),
          sep: inap(referral, { masukAt: '05:40' }),
        }),
      );
      const baby = ctx.member({
        sex: babySex,
        birthDate: day,
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'ANAK' },
        jknRegistered: addDays(day, 1),
      });
      fraud.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: addDays(day, 1),
          pulang: addDays(day, 4),
          tglSep: addDays(day, 1),
          cbg: 'P-8-17-I',
          dx: ['P22.0', 'P59.9'],
          px: ['93.96'],
          dpjp: paediatrician,
          // a phototherapy stay's bill (P-8-11-I at 85%) over the major-problems tariff
          billedRatio: (0.85 * 2_000_000) / 5_600_000,
          scale: bill(10 + i),
          sep: inap(ctx.hospitalReferral(rs, addDays(day, 1)), { masukAt: '10:15' }),
        }),
      );
    });
    return { context, fraud };
  },
});
