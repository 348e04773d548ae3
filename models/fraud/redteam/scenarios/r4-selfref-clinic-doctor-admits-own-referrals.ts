// DOMAIN.md section 3, SELF_REFERRAL: "referral loops between facilities sharing doctors". An
// internist holds practice licences at a klinik pratama and at a class C hospital (the
// doctor registry allows three, Permenkes 2052/2011); at the clinic he writes referral
// letters to the hospital for conditions primary care treats (dyspepsia, gastritis,
// uncomplicated hypertension: among the diagnoses JKN keeps at the FKTP; that list is not in
// DOMAIN.md and is cited here unverified), and admits the same patients there himself for two nights. Unlike RT-SELFREF-31, the claim
// carries the referral (ppk_rujukan the clinic, asal_rujukan 1) and the registry shows the
// shared doctor: the loop is in the data, not inferred.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-SELFREF-41',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter penyakit dalam yang berizin praktik di klinik pratama dan RS kelas C menulis rujukan dari kliniknya ke RS itu untuk dispepsia, gastritis dan hipertensi, lalu merawat inap pasien tersebut sendiri dua malam.',
    en: 'An internist licensed at a primary clinic and at a class C hospital writes referrals from his clinic to that hospital for dyspepsia, gastritis and hypertension, then admits the same patients there himself for two nights.',
  },
  build(ctx) {
    const place = PLACES.makassar;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, 0.015] });
    const klinik = ctx.fktp(place.regency, 'KLINIK_PRATAMA');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [klinik, rs] });
    const colleague = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1968-02-11', '2026-01-06', 'K-4-17-I', ['K30'], ['99.18']],
      ['L', '1959-09-23', '2026-01-20', 'I-4-17-I', ['I10'], ['89.52']],
      ['P', '1974-06-30', '2026-02-03', 'K-4-17-I', ['K29.7'], ['99.18']],
      ['L', '1981-03-12', '2026-02-24', 'K-4-17-I', ['K30'], ['99.18']],
      ['P', '1962-12-05', '2026-03-10', 'I-4-17-I', ['I10'], ['89.52']],
      ['L', '1970-08-17', '2026-03-31', 'K-4-17-I', ['K29.7'], ['99.18']],
      ['P', '1965-04-04', '2026-04-21', 'I-4-17-I', ['I10'], ['89.52']],
    ] as const;
    patients.forEach(([sex, born, day, cbg, dx, px], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: place.regency });
      const referral = referredBy(ctx, m, klinik, rs, day, dx);
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg,
          dx,
          px,
          dpjp: internist,
          scale: own(i),
          sep: inap(referral, { masukAt: '13:40', pulangAt: '10:15' }),
        }),
      );
    });
    // the hospital's other internist admits his own referred patients for proper stays: context
    const context: BuiltClaim[] = [];
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    [
      ['L', '1955-01-19', '2026-01-14'],
      ['P', '1960-10-08', '2026-03-04'],
    ].forEach(([sex, born, day], i) => {
      const m = ctx.member({ sex: sex as 'L' | 'P', birthDate: born as string, segment: 'PBI', careClass: 3, regency: place.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, day as string, ['J18.9']);
      context.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day as string,
          cbg: 'J-4-16-II',
          dx: ['J18.9', 'E86'],
          px: ['87.44', '93.96', '99.21'],
          dpjp: colleague,
          scale: own(i + 3),
          sep: inap(referral),
        }),
      );
    });
    return { fraud, context };
  },
});
