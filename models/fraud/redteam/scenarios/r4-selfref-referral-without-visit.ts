// DOMAIN.md section 3, SELF_REFERRAL: "sham referral". SCHEMA.md: every primary-care referral a
// hospital claim carries comes from a P-Care visit that day (fktp_visits.no_rujukan), and
// without the visits "referrals with no visit behind them cannot be seen". A private class C
// hospital admits walk-in patients as referred inpatients: the SEPs carry referral numbers in
// the series of the members' own puskesmas that no visit ever wrote. The stays themselves are
// ordinary (norm length, matching diagnoses): only the referral is false.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-SELFREF-42',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'RS swasta kelas C menerima pasien datang sendiri sebagai pasien rujukan: SEP memuat nomor rujukan dalam seri puskesmas peserta yang tidak pernah ditulis oleh kunjungan P-Care mana pun; rawat inapnya sendiri wajar.',
    en: 'A private class C hospital admits walk-in patients as referred inpatients: the SEPs carry referral numbers in the series of the members’ own puskesmas that no P-Care visit ever wrote; the stays themselves are ordinary.',
  },
  build(ctx) {
    const place = PLACES.medan;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.02, -0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1979-05-02', '2026-01-08', 'A-4-11-I', ['A01.0'], ['99.21']],
      ['P', '1988-11-19', '2026-01-22', 'N-4-11-I', ['N39.0'], ['57.94']],
      ['L', '1966-07-07', '2026-02-12', 'L-4-10-I', ['L03.1'], ['99.21']],
      ['P', '1972-03-28', '2026-03-05', 'A-4-11-I', ['A01.0'], ['99.21']],
      ['L', '1984-09-14', '2026-03-26', 'N-4-11-I', ['N39.0'], ['57.94']],
      ['P', '1961-01-30', '2026-04-16', 'L-4-10-I', ['L03.1'], ['99.21']],
    ] as const;
    patients.forEach(([sex, born, day, cbg, dx, px], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PPU', careClass: 3, regency: place.regency });
      const sham = ctx.referralWithoutVisit(puskesmas, day);
      fraud.push(ctx.claim({ member: m, facility: rs, masuk: day, cbg, dx, px, dpjp: internist, scale: own(i), sep: inap(sham) }));
    });
    // the same hospital's properly referred patients, to show the hospital's ordinary intake
    const context: BuiltClaim[] = [
      ['P', '1975-06-21', '2026-01-15'],
      ['L', '1969-02-09', '2026-02-25'],
      ['P', '1983-10-03', '2026-04-08'],
    ].map(([sex, born, day], i) => {
      const m = ctx.member({ sex: sex as 'L' | 'P', birthDate: born as string, segment: 'PBI', careClass: 3, regency: place.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, day as string, ['A01.0']);
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day as string,
        cbg: 'A-4-11-I',
        dx: ['A01.0'],
        px: ['99.21'],
        dpjp: internist,
        scale: own(i + 10),
        sep: inap(referral),
      });
    });
    return { fraud, context };
  },
});
