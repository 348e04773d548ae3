// Near miss of CLONING: a legitimate package. The rehabilitation clinic of a class C private
// hospital in Karanganyar bills every outpatient physiotherapy session at its one session price
// (consultation, therapist, exercise and modalities, consumables: the same 18 lines to the
// rupiah, whatever the patient's class), as its tariff schedule says. Stroke survivors with
// hemiplegia and patients with chronic low back pain come twice a week, Tuesday and Friday, for
// eight sessions: the first on their puskesmas referral, the rest on the clinic's own follow-up
// referral. Two rehabilitation doctors, many patients, identical bills, different days.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES11, tuesdaysAndFridays } from './r11-common.js';

/** The clinic's session price, line by line (rupiah). */
const SESSION = {
  tarif_konsultasi: 35_000,
  tarif_tenaga_ahli: 20_000,
  tarif_penunjang: 7_500,
  tarif_rehabilitasi: 92_500,
  tarif_bmhp: 6_000,
} as const;

const MONDAYS = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-23', '2026-03-09', '2026-03-30', '2026-04-13'] as const;

export default defineScenario({
  id: 'RT-NM-PHYSIO-111',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Klinik rehabilitasi RS swasta kelas C di Karanganyar menagih setiap sesi fisioterapi rawat jalan dengan satu tarif sesi (18 komponen sama persis, apa pun kelasnya) sesuai daftar tarifnya; pasien pasca-stroke dan nyeri punggung bawah datang Selasa dan Jumat delapan sesi, sesi pertama dengan rujukan puskesmas, selanjutnya rujukan kontrol klinik; dua dokter rehabilitasi.',
    en: 'The rehabilitation clinic of a class C private hospital in Karanganyar bills every outpatient physiotherapy session at its one session price (the same 18 lines to the rupiah, whatever the class), as its tariff schedule says; stroke survivors and low-back-pain patients come Tuesday and Friday for eight sessions, the first on a puskesmas referral, the rest on the clinic’s follow-up referral; two rehabilitation doctors.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.karanganyar, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const doctors = [ctx.doctor({ specialty: 'SP_KFR', at: [rs] }), ctx.doctor({ specialty: 'SP_KFR', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    MONDAYS.forEach((monday, p) => {
      const stroke = p % 2 === 0;
      const dx = stroke ? ['I69.4', 'G81.9'] : ['M54.5'];
      const days = tuesdaysAndFridays(monday, 8).map(clinicDay);
      const first = days[0] as string;
      const member = patient(ctx, rs, first, p, { age: stroke ? 56 + 3 * p : 38 + 4 * p, careClass: p % 3 === 0 ? 2 : 3 });
      const pcare = referredBy(ctx, member, puskesmas, rs, first, dx);
      const followUp = ctx.hospitalReferral(rs, first);
      days.forEach((day, k) =>
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'Z-3-12-0',
            dx,
            px: stroke ? ['93.39', '93.11'] : ['93.39'],
            dpjp: doctors[p % 2] as string,
            components: SESSION,
            sep: jalan(k === 0 ? pcare : followUp, { masukAt: hhmm(8 + (p % 6), 15 * (k % 4)) }),
          }),
        ),
      );
    });
    return { nearMiss };
  },
});
