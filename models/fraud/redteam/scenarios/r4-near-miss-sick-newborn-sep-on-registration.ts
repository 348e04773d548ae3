// Near miss of PHANTOM_BILLING ("SEP issued after discharge", a stay with no SEP behind it) and
// of UNBUNDLING (two claims for one birth). SCHEMA.md (Perpres 82/2018; Permenkes 76/2016): a
// sick newborn has a stay of its own, on its own card, registered within days of birth, the
// SEP issued on the registration, so the stay begins before its SEP. Preterm babies born by
// caesarean, with both parents on the family card and the mother's delivery billed beside.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-NEWBORN-41',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Bayi prematur lahir sesar dirawat dengan kartunya sendiri yang didaftarkan 2-3 hari setelah lahir; SEP terbit saat pendaftaran sehingga rawat dimulai sebelum SEP; kedua orang tua ada di Kartu Keluarga dan persalinan ibu ditagih tersendiri.',
    en: 'Preterm babies born by caesarean are treated on their own cards, registered 2-3 days after birth; the SEP is issued on registration so the stay begins before it; both parents are on the family card and the mother’s delivery is billed beside.',
  },
  build(ctx) {
    const place = PLACES.surabaya;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, 0.015] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = [];
    const births = [
      ['1994-03-30', '1991-05-05', 'P', '2026-01-22', 2],
      ['1990-10-14', '1988-02-28', 'L', '2026-02-19', 3],
      ['1997-06-08', '1993-09-16', 'P', '2026-03-26', 2],
    ] as const;
    births.forEach(([motherBorn, fatherBorn, sex, day, late], i) => {
      const kk = ctx.household(place.regency);
      const mother = ctx.member({
        sex: 'P',
        birthDate: motherBorn,
        segment: 'PPU',
        careClass: 2,
        regency: place.regency,
        family: { household: kk, role: 'PASANGAN' },
      });
      ctx.member({
        sex: 'L',
        birthDate: fatherBorn,
        segment: 'PPU',
        careClass: 2,
        regency: place.regency,
        family: { household: kk, role: 'KEPALA' },
      });
      const baby = ctx.member({
        sex,
        birthDate: day,
        segment: 'PPU',
        careClass: 2,
        regency: place.regency,
        jknRegistered: addDays(day, late),
        family: { household: kk, role: 'ANAK' },
      });
      const referral = referredBy(ctx, mother, puskesmas, rs, addDays(day, -1), ['O60.1']);
      context.push(
        ctx.claim({
          member: mother,
          facility: rs,
          masuk: addDays(day, -1),
          pulang: addDays(day, 3),
          cbg: 'O-6-10-II',
          dx: ['O82.9', 'O60.1'],
          px: ['74.1'],
          dpjp: obstetrician,
          scale: own(i),
          sep: inap(referral, { masukAt: '16:30' }),
        }),
      );
      nearMiss.push(
        ctx.claim({
          member: baby,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 14),
          tglSep: addDays(day, late),
          cbg: 'P-8-17-III',
          dx: ['P07.3', 'P22.0', 'P59.9'],
          px: ['96.04', '93.96'],
          dpjp: paediatrician,
          icuDays: 6,
          ventilatorHours: 60 + 12 * i,
          scale: own(i + 1),
          sep: inap(ctx.hospitalReferral(rs, day), { masukAt: '09:15', pulangAt: '10:00' }),
        }),
      );
    });
    return { context, nearMiss };
  },
});
