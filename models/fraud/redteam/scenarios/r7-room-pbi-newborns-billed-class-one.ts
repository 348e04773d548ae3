// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement". Upgrades of adults are
// watched, so a private class B hospital bills its sick newborns: babies of PBI mothers (class
// 3, registered on the family card as PBI) treated for prematurity and low birth weight in
// its perinatology unit are billed to JKN at class 1 (P-8-17-I), with no upgrade recorded and
// no payer of a difference, on the ground that the unit "has no class". The mothers'
// caesareans are billed at class 3 (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7, couple, newborn } from './r7-common.js';

export default defineScenario({
  id: 'RT-ROOM-71',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Bayi prematur dan BBLR dari ibu PBI (kelas 3, terdaftar PBI di kartu keluarga) di unit perinatologi RS swasta kelas B ditagihkan ke JKN di kelas 1 tanpa catatan naik kelas dan tanpa pembayar selisih, dengan alasan unit itu "tidak berkelas"; persalinan ibunya ditagih kelas 3.',
    en: 'Premature and low-birth-weight babies of PBI mothers (class 3, registered PBI on the family card) in a private class B hospital’s perinatology unit are billed to JKN at class 1 with no upgrade recorded and no payer of the difference; the mothers’ caesareans are billed at class 3.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.banyuwangi, hospitalClass: 'B', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obgyn = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const births = [
      ['1992-02-19', '1995-07-03', '2026-01-16', 'L', ['P07.1', 'P59.9'], 8],
      ['1989-08-08', '1993-12-14', '2026-02-06', 'P', ['P07.3', 'P07.1'], 9],
      ['1996-05-27', '1998-03-22', '2026-02-27', 'L', ['P07.1'], 7],
      ['1991-11-04', '1996-09-09', '2026-03-20', 'P', ['P07.3', 'P59.9'], 10],
      ['1994-01-30', '1997-04-16', '2026-04-10', 'L', ['P05.9', 'P07.1'], 8],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    births.forEach(([fatherBorn, motherBorn, day, sex, dx, los], i) => {
      const { household, mother } = couple(ctx, { regency: rs.regency, fatherBorn, motherBorn, segment: 'PBI', careClass: 3 });
      const referral = referredBy(ctx, mother, puskesmas, rs, day, ['O60.1']);
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 3),
          cbg: 'O-6-10-I',
          dx: ['O82.9', 'O60.1'],
          px: ['74.1'],
          dpjp: obgyn,
          scale: bill(940 + i),
          sep: inap(referral, { masukAt: '07:30', operasiAt: `${day} 10:${String(10 + 5 * i)}` }),
        }),
      );
      const baby = newborn(ctx, { household, mother, sex, born: day, registeredAfter: 1 + (i % 3) });
      fraud.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: day,
          pulang: addDays(day, los),
          cbg: 'P-8-17-I',
          dx,
          px: ['93.96'],
          kelas: 1,
          tglSep: addDays(day, 1 + (i % 3)),
          dpjp: paediatrician,
          scale: bill(950 + i),
          sep: igd({ masukAt: hhmm(11, 30 + 5 * i) }),
        }),
      );
    });
    return { context, fraud };
  },
});
