// DOMAIN.md section 3, SELF_REFERRAL: "referral loops between facilities sharing doctors". The
// literal self-referral: an internist sees patients in the outpatient clinic of a class D
// hospital, refers them the same day to the class C hospital where he also practises, and
// admits them there himself for two days of conditions his clinic treats.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

/** Each patient's own bill: drugs, tests and consumables differ from one patient to the next. */
const own = (i: number) => ({
  tarif_obat: 0.86 + 0.07 * (i % 4),
  tarif_laboratorium: 1.1 - 0.05 * (i % 5),
  tarif_bmhp: 0.93 + 0.04 * (i % 3),
  tarif_keperawatan: 0.95 + 0.03 * (i % 4),
  tarif_tenaga_ahli: 1.06 - 0.04 * (i % 3),
  tarif_penunjang: 0.9 + 0.05 * ((i + 1) % 4),
  tarif_radiologi: 1.08 - 0.06 * ((i + 2) % 3),
  tarif_kamar: 0.97 + 0.02 * (i % 3),
});

export default defineScenario({
  id: 'RT-SELFREF-31',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter penyakit dalam memeriksa pasien di poli RS kelas D, merujuknya hari itu juga ke RS kelas C tempat ia juga praktik, lalu merawat inap mereka sendiri dua hari untuk penyakit yang bisa ditangani polinya.',
    en: 'An internist sees patients in the outpatient clinic of a class D hospital, refers them the same day to the class C hospital where he also practises, and admits them there himself for two days with conditions his clinic treats.',
  },
  build(ctx) {
    const d = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'D', offset: [0.02, 0.01] });
    const c = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', offset: [-0.015, -0.02] });
    // one doctor id at both hospitals (a licence at each, Permenkes 2052/2011 allows three)
    const internist = `D${d.facilityId}007`;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    // sex, birth, day, clinic group, ward group, diagnoses, ward procedures
    const patients = [
      ['P', '1966-01-09', '2026-01-13', 'K-5-14-0', 'K-4-17-I', ['K29.7'], ['99.18']],
      ['L', '1958-08-30', '2026-01-27', 'I-5-16-0', 'I-4-17-I', ['I10'], ['89.52']],
      ['P', '1971-04-04', '2026-02-10', 'E-5-11-0', 'E-4-10-I', ['E11.9'], ['99.18']],
      ['L', '1980-12-21', '2026-03-03', 'K-5-14-0', 'K-4-17-I', ['K30'], ['99.18']],
      ['P', '1963-06-15', '2026-04-07', 'I-5-16-0', 'I-4-17-I', ['I10'], ['89.52']],
      ['L', '1975-10-02', '2026-04-28', 'E-5-11-0', 'E-4-10-I', ['E11.9'], ['99.18']],
    ] as const;
    patients.forEach(([sex, born, day, clinic, cbg, dx, px], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: PLACES.sidoarjo.regency });
      // the clinic visit that "refers" (discharge status 2) and the admission it feeds
      context.push(ctx.claim({ member: m, facility: d, masuk: day, cbg: clinic, dx, dpjp: internist, discharge: 2 }));
      fraud.push(ctx.claim({ member: m, facility: c, masuk: day, pulang: addDays(day, 2), cbg, dx, px, dpjp: internist, scale: own(i) }));
    });
    return { fraud, context };
  },
});
