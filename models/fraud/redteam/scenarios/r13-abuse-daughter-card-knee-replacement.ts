// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else", above the age rule of the
// diagnosis. A new class B private hospital in Lampung Tengah (Lampung) replaces osteoarthritic
// knees of members in their sixties and seventies (M-1-31-I with the knee implant, context). Three
// mothers whose own PBPU cards went inactive for unpaid contributions in January are operated on
// under the active card of a daughter on the same family card, aged 42 and 43: primary knee
// osteoarthritis severe enough for a replacement is a disease of the old, and the daughters' cards
// carry nothing earlier of it (no clinic visit, no imaging before the referral).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const BORROWED = new Set([2, 6, 9]);

export default defineScenario({
  id: 'RT-ABUSE-131',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'RS swasta kelas B baru di Lampung Tengah mengganti sendi lutut osteoartritis peserta usia 60-70-an. Tiga ibu yang kartu PBPU-nya nonaktif karena menunggak sejak Januari dioperasi memakai kartu aktif anak perempuan dalam kartu keluarga yang sama, berusia 42 dan 43 tahun: osteoartritis lutut primer yang perlu penggantian sendi adalah penyakit usia tua, dan kartu anak tidak memuat riwayat apa pun tentangnya.',
    en: 'A new class B private hospital in Lampung Tengah replaces osteoarthritic knees of members in their sixties and seventies. Three mothers whose own PBPU cards went inactive for arrears in January are operated on under the active card of a daughter on the same family card, aged 42 and 43: primary knee osteoarthritis needing replacement is a disease of the old, and the daughters’ cards carry no history of it.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.lampungTengah, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-02-02', 12, 8).forEach((d, i) => {
      const day = clinicDay(d);
      const borrowed = BORROWED.has(i);
      let member: Member;
      if (borrowed) {
        const kk = ctx.household(rs.regency);
        const mother = ctx.member({
          sex: 'P',
          birthDate: bornBefore(day, 66 + i, i),
          segment: 'PBPU',
          careClass: 3,
          regency: rs.regency,
          family: { household: kk, role: 'KEPALA' },
        });
        ctx.membershipEvent({
          member: mother,
          date: `2026-01-${String(5 + i).padStart(2, '0')}`,
          type: 'NONAKTIF_TUNGGAKAN',
          status: 'NONAKTIF',
        });
        member = ctx.member({
          sex: 'P',
          birthDate: bornBefore(day, 41 + (i % 4), i),
          segment: 'PBPU',
          careClass: 3,
          regency: rs.regency,
          family: { household: kk, role: 'ANAK' },
        });
      } else {
        member = patient(ctx, rs, day, i, { age: 60 + ((i * 4) % 16), sex: i % 3 ? 'P' : 'L' });
      }
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'M-1-31-I',
        dx: ['M17.9'],
        px: ['81.54'],
        laterality: [i % 2 ? 'L' : 'R'],
        specialCmg: ['RR-02'],
        dpjp: orthopaedist,
        scale: bill(14_900 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['M17.9']), { masukAt: hhmm(8 + (i % 3), (9 * i) % 60) }),
      });
      (borrowed ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
