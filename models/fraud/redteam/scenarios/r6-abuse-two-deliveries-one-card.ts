// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else". A pregnancy lasts about
// nine months, and WHO recommends at least 24 months between a birth and the next pregnancy:
// one woman cannot deliver twice within five months. Young mothers deliver, genuinely, at a
// class C hospital in Magelang; about four months later their cards pay for another
// delivery at a class C hospital in Kediri, about 200 km away: a relative or neighbour without
// JKN delivering on the card. The later deliveries are the abuse.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-ABUSE-61',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Ibu muda bersalin sungguhan di RS kelas C di Magelang; sekitar empat bulan kemudian kartunya membayar persalinan lain di RS kelas C di Kediri (±200 km): kerabat atau tetangga tanpa JKN bersalin dengan kartu itu. Satu perempuan tidak bisa bersalin dua kali dalam lima bulan.',
    en: 'Young mothers deliver, genuinely, at a class C hospital in Magelang; about four months later their cards pay for another delivery at a class C hospital in Kediri (about 200 km): a relative or neighbour without JKN delivering on the card. One woman cannot deliver twice in five months.',
  },
  build(ctx) {
    const home = ctx.facility({ place: PLACES6.magelang, hospitalClass: 'C', offset: [0.01, 0.01] });
    const far = ctx.facility({ place: PLACES6.kediri, hospitalClass: 'C', offset: [-0.02, 0.01] });
    const puskesmas = ctx.fktp(home.regency, 'PUSKESMAS');
    const obgynHome = ctx.doctor({ specialty: 'SP_OG', at: [home] });
    const obgynFar = ctx.doctor({ specialty: 'SP_OG', at: [far] });
    const mothers = [
      ['2000-03-18', '2026-01-04', 128, 'O-6-13-I'],
      ['1997-08-06', '2026-01-15', 126, 'O-6-10-I'],
      ['2002-11-24', '2026-01-21', 121, 'O-6-13-I'],
      ['1999-05-12', '2026-01-30', 118, 'O-6-13-I'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    mothers.forEach(([born, day, after, second], i) => {
      const p = referredPatient(ctx, { sex: 'P', birthDate: born, segment: 'PBPU', careClass: 3 }, puskesmas, home, day, ['O80.0']);
      context.push(
        ctx.claim({
          ...p,
          facility: home,
          masuk: day,
          pulang: addDays(day, 2),
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: obgynHome,
          scale: bill(250 + i),
          sep: inap(p.referral, { masukAt: '04:50' }),
        }),
      );
      const later = addDays(day, after);
      const caesarean = second === 'O-6-10-I';
      fraud.push(
        ctx.claim({
          member: p.member,
          facility: far,
          masuk: later,
          pulang: addDays(later, caesarean ? 3 : 2),
          cbg: second,
          dx: caesarean ? ['O64.1'] : ['O80.0', 'O70.0'],
          px: caesarean ? ['74.1'] : ['73.59'],
          dpjp: obgynFar,
          scale: bill(255 + i),
          sep: igd({ masukAt: hhmm(2 + 5 * i, 20) }),
        }),
      );
    });
    return { context, fraud };
  },
});
