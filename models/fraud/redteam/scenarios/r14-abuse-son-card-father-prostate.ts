// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else ... one card in distant places
// the same day", moved off the age signal: the card holders are just past forty, old enough for a
// prostate diagnosis. A new class C private hospital in Banjarnegara (Central Java) does
// transurethral prostatectomies for older men referred by their puskesmas (fourteen, context).
// Three fathers whose self-paying cards lapsed for arrears are operated on their sons' cards: the
// sons, 41 to 44, are wage earners on the family's card in Banjarnegara who work in Jakarta, where
// each sees his internist every month for his blood pressure (context). On the second day of each
// father's stay in Banjarnegara the son's card is at the Jakarta clinic, 300 km away.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

/** The day each son is at his Jakarta clinic while his father lies in Banjarnegara on the son's card. */
const OVERLAP = ['2026-02-11', '2026-03-11', '2026-04-15'] as const;

export default defineScenario({
  id: 'RT-ABUSE-141',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'RS swasta kelas C baru di Banjarnegara melakukan TURP untuk pria tua rujukan puskesmas. Tiga ayah yang kartu mandirinya nonaktif karena tunggakan dioperasi dengan kartu anaknya: anak-anak itu, 41 sampai 44 tahun, pekerja penerima upah dalam KK keluarga di Banjarnegara yang bekerja di Jakarta dan kontrol tekanan darah ke internis setiap bulan. Pada hari kedua rawat inap ayahnya di Banjarnegara, kartu anak tercatat di poli Jakarta, 300 km jauhnya.',
    en: 'A new class C private hospital in Banjarnegara does transurethral prostatectomies for older men referred by their puskesmas. Three fathers whose self-paying cards lapsed for arrears are operated on their sons’ cards: the sons, 41 to 44, wage earners on the family card in Banjarnegara working in Jakarta, see an internist there monthly for blood pressure. On the second day of each father’s stay the son’s card is at the Jakarta clinic, 300 km away.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.banjarnegara, hospitalClass: 'C' });
    const jakarta = ctx.facility({ place: PLACES14.jakartaBarat, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const klinik = ctx.fktp(jakarta.regency, 'KLINIK_PRATAMA');
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [jakarta] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const turp = (member: Member, day: string, i: number): BuiltClaim =>
      ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'N-1-20-I',
        dx: ['N40'],
        px: ['60.29', '57.94'],
        dpjp: urologist,
        scale: bill(19_200 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['N40']), { masukAt: hhmm(8 + (i % 3), (11 * i) % 60) }),
      });
    every('2026-01-06', 14, 9.5).forEach((d, i) => {
      const day = clinicDay(d);
      context.push(turp(patient(ctx, rs, day, i, { age: 62 + ((i * 5) % 18), sex: 'L' }), day, i));
    });
    OVERLAP.forEach((v, k) => {
      const visit = clinicDay(v);
      const admitted = addDays(visit, -1);
      const kk = ctx.household(rs.regency);
      const father = ctx.member({
        sex: 'L',
        birthDate: bornBefore(admitted, 68 + 2 * k, k),
        segment: 'PBPU',
        careClass: 3,
        regency: rs.regency,
        family: { household: kk, role: 'KEPALA' },
      });
      ctx.membershipEvent({ member: father, date: `2025-1${k}-01`, type: 'NONAKTIF_TUNGGAKAN', status: 'NONAKTIF' });
      const son = ctx.member({
        sex: 'L',
        birthDate: bornBefore(admitted, 41 + k, k),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        family: { household: kk, role: 'ANAK' },
        worker: { since: `201${5 + k}-07-01`, wage: 6_800_000 + 400_000 * k },
      });
      // the son's own monthly controls in Jakarta: the first on a referral from his klinik, then the hospital's
      const first = clinicDay(addDays(visit, -28));
      const control = ctx.hospitalReferral(jakarta, first);
      [-28, 0, 28].forEach((offset, n) => {
        const day = clinicDay(addDays(visit, offset));
        context.push(
          ctx.claim({
            member: son,
            facility: jakarta,
            masuk: day,
            cbg: 'I-5-16-0',
            dx: ['I10'],
            px: ['89.52'],
            dpjp: internist,
            scale: bill(19_250 + 4 * k + n),
            components: { tarif_obat_kronis: 180_000 + 10_000 * k },
            sep: jalan(n === 0 ? referredBy(ctx, son, klinik, jakarta, day, ['I10']) : control, {
              masukAt: hhmm(n === 1 ? 10 : 17, 15 + 5 * k),
            }),
          }),
        );
      });
      fraud.push(turp(son, admitted, 20 + k));
    });
    return { fraud, context };
  },
});
