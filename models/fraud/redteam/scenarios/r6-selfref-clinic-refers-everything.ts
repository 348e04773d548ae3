// DOMAIN.md section 3, SELF_REFERRAL: "sham referral"; SCHEMA.md fktp_visits (every referral a
// hospital claim carries comes from a P-Care visit). A klinik pratama in Depok refers every
// sick visit it sees, whatever it is, to one class C hospital's outpatient clinics the same
// day: common colds, dyspepsia, controlled hypertension, myalgia, all conditions primary care
// must treat itself (KMK HK.01.07/MENKES/1186/2022, the list of diagnoses an FKTP handles;
// BPJS's non-specialist referral ratio target is under 5%). No doctor is shared; the letters
// are real, the referrals are not needed. The hospital's visits are the sham-referred claims.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, clinicDay, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-SELFREF-61',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Sebuah klinik pratama di Depok merujuk setiap kunjungan sakit ke poli satu RS kelas C pada hari yang sama: batuk pilek, dispepsia, hipertensi terkontrol, mialgia, semua penyakit yang wajib ditangani FKTP; surat rujukan nyata, rujukannya tidak perlu.',
    en: 'A primary clinic in Depok refers every sick visit it sees to one class C hospital’s outpatient clinics the same day: colds, dyspepsia, controlled hypertension, myalgia, all conditions primary care must treat itself; the letters are real, the referrals unneeded.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.depok, hospitalClass: 'C', offset: [0.01, 0.01] });
    const klinik = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const conditions = [
      ['Q-5-42-0', ['J06.9']],
      ['K-5-14-0', ['K30']],
      ['Q-5-44-0', ['I10']],
      ['M-5-15-0', ['M79.1']],
      ['Q-5-42-0', ['J02.9']],
      ['K-5-14-0', ['K29.7']],
    ] as const;
    const patients = [
      ['P', '1985-03-12'],
      ['L', '1979-08-04'],
      ['P', '1962-11-27'],
      ['L', '1990-06-19'],
      ['P', '1973-01-08'],
      ['L', '1968-09-30'],
      ['P', '1995-04-22'],
      ['L', '1957-12-13'],
      ['P', '1981-07-01'],
      ['L', '1976-02-16'],
      ['P', '1988-10-25'],
      ['L', '1960-05-07'],
      ['P', '1999-08-28'],
      ['L', '1971-03-03'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 2, regency: rs.regency });
      const [cbg, dx] = conditions[i % conditions.length] ?? conditions[0];
      const day = clinicDay(addDays('2026-01-05', 9 * i));
      // a healthy visit now and then, never referred
      if (i % 4 === 0) ctx.fktpVisit({ member, fktp: klinik, date: addDays(day, -20), dx: [] });
      const referral = ctx.fktpVisit({ member, fktp: klinik, date: day, dx, referTo: rs });
      if (!referral) throw new Error('a visit with referTo writes a referral');
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg,
        dx,
        dpjp: internist,
        scale: bill(150 + i),
        sep: jalan(referral, { masukAt: hhmm(10 + (i % 4), 10) }),
      });
    });
    return { fraud };
  },
});
