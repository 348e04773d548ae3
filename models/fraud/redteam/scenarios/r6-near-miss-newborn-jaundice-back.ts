// Near miss of READMISSION (back within days with the same condition). Healthy term babies go
// home with their mothers after a day or two, and neonatal jaundice peaks on days three to
// five, after discharge: a baby brought back with jaundice needing phototherapy is the most
// common newborn readmission (AAP hyperbilirubinemia guideline 2022). The baby's first days
// are part of the mother's delivery claim; the baby comes back, on its own card registered on
// the family card, three to five days after birth for a three-day stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-JAUNDICE-61',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Bayi cukup bulan pulang bersama ibunya setelah satu-dua hari, lalu ikterus memuncak pada hari ketiga sampai kelima: bayi dibawa kembali dengan kartunya sendiri (terdaftar di KK) untuk fototerapi tiga hari. Hari pertamanya bagian dari klaim persalinan ibu.',
    en: 'Term babies go home with their mothers after a day or two, and jaundice peaks on days three to five: the baby is brought back on its own card (registered on the family card) for three days of phototherapy. Its first days are part of the mother’s delivery claim.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.depok, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyn = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = [
      ['1994-02-21', '2026-01-12', 'P', 4],
      ['1998-07-08', '2026-02-06', 'L', 3],
      ['1991-11-30', '2026-03-09', 'L', 5],
      ['2000-05-15', '2026-04-03', 'P', 4],
      ['1996-09-02', '2026-05-04', 'L', 3],
    ] as const;
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = [];
    births.forEach(([born, day, babySex, back], i) => {
      const household = ctx.household(rs.regency);
      ctx.member({
        sex: 'L',
        birthDate: `19${90 + i}-1${i % 3}-0${1 + i}`,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        family: { household, role: 'KEPALA' },
      });
      const mother = ctx.member({
        sex: 'P',
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
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
          scale: bill(420 + i),
          sep: inap(referral, { masukAt: '06:15' }),
        }),
      );
      const baby = ctx.member({
        sex: babySex,
        birthDate: day,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        family: { household, role: 'ANAK' },
        jknRegistered: addDays(day, 2),
      });
      nearMiss.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: addDays(day, back),
          pulang: addDays(day, back + 3),
          cbg: 'P-8-11-I',
          dx: ['P59.9'],
          px: ['90.59'],
          dpjp: paediatrician,
          scale: bill(430 + i),
          sep: igd({ masukAt: hhmm(9 + 2 * i, 40) }),
        }),
      );
    });
    return { context, nearMiss };
  },
});
