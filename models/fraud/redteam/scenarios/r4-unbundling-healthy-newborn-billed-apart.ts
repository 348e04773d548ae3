// DOMAIN.md section 3, UNBUNDLING: "one episode split into several". SCHEMA.md (Permenkes
// 76/2016): a healthy newborn is part of the mother's delivery claim; only a sick newborn has
// a stay of its own. A hospital bills every healthy baby again on its own new card: a neonatal
// "minor problems" stay (P-8-11-I, mild jaundice without phototherapy) on exactly the mother's
// dates, under the obstetrician who delivered it, billing room and nursing. The family card
// shows the mother, father and baby; the delivery claim already paid for the baby's care.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-UNBUND-41',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Bayi sehat yang sudah tercakup klaim persalinan ibunya ditagih lagi dengan kartunya sendiri sebagai rawat inap neonatus ringan (P-8-11-I) pada tanggal yang sama persis dengan ibunya, oleh dokter kandungan yang menolong persalinan.',
    en: 'Healthy babies already covered by the mother’s delivery claim are billed again on their own cards as minor neonatal stays (P-8-11-I) on exactly the mother’s dates, under the obstetrician who delivered them.',
  },
  build(ctx) {
    const place = PLACES.sleman;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const births = [
      ['1995-04-11', '1992-08-08', 'L', '2026-01-14'],
      ['1998-09-23', '1996-01-30', 'P', '2026-02-05'],
      ['1993-02-02', '1990-06-16', 'L', '2026-02-26'],
      ['2000-07-19', '1997-11-11', 'P', '2026-03-19'],
      ['1996-12-06', '1994-03-21', 'L', '2026-04-09'],
      ['1999-05-28', '1995-10-02', 'P', '2026-04-30'],
    ] as const;
    births.forEach(([motherBorn, fatherBorn, babySex, day], i) => {
      const kk = ctx.household(place.regency);
      const mother = ctx.member({
        sex: 'P',
        birthDate: motherBorn,
        segment: 'PBI',
        careClass: 3,
        regency: place.regency,
        family: { household: kk, role: 'PASANGAN' },
      });
      ctx.member({
        sex: 'L',
        birthDate: fatherBorn,
        segment: 'PBI',
        careClass: 3,
        regency: place.regency,
        family: { household: kk, role: 'KEPALA' },
      });
      const baby = ctx.member({
        sex: babySex,
        birthDate: day,
        segment: 'PBI',
        careClass: 3,
        regency: place.regency,
        jknRegistered: addDays(day, 1),
        family: { household: kk, role: 'ANAK' },
      });
      const referral = referredBy(ctx, mother, puskesmas, rs, day, ['O80.0']);
      const stay = { facility: rs, masuk: day, pulang: addDays(day, 2), dpjp: obstetrician } as const;
      context.push(
        ctx.claim({
          ...stay,
          member: mother,
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          scale: own(i),
          sep: inap(referral, { masukAt: '05:40' }),
        }),
      );
      fraud.push(
        ctx.claim({
          ...stay,
          member: baby,
          tglSep: addDays(day, 1),
          cbg: 'P-8-11-I',
          dx: ['P59.9'],
          billedRatio: 0.5,
          scale: { ...own(i + 7), tarif_obat: 0.3, tarif_laboratorium: 0.5, tarif_pelayanan_darah: 0 },
          sep: inap(ctx.hospitalReferral(rs, day), { masukAt: `0${6 + (i % 3)}:15` }),
        }),
      );
    });
    return { context, fraud };
  },
});
