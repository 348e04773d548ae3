// DOMAIN.md section 3, SELF_REFERRAL: "sham referral". A referral letter must precede the care
// it refers to (a non-emergency SEP needs one; ingestion refuses a claim whose tgl_rujukan is
// after its admission). At a hospital with no earlier claims, elective admissions are covered
// afterwards and backdated: the puskesmas writes the letter at a P-Care visit one to three
// days after the patient was admitted, and the SEP carries it dated the admission day. Only
// the visit that wrote the number (fktp_visits.no_rujukan, tgl_kunjungan) shows the date.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-SELFREF-43',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Di RS tanpa klaim sebelumnya, rawat inap elektif ditutup belakangan dengan surat rujukan puskesmas yang ditulis pada kunjungan P-Care 1-3 hari setelah pasien masuk, tetapi di SEP diberi tanggal hari masuk.',
    en: 'At a hospital with no earlier claims, elective admissions are covered afterwards by puskesmas referral letters written at a P-Care visit 1-3 days after the patient was admitted, dated on the SEP as of the admission day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'C', offset: [0.02, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1970-04-12', '2026-01-12', 1, 'K-1-13-I', ['K40.9'], ['53.00'], surgeon],
      ['P', '1964-08-08', '2026-02-02', 2, 'E-4-10-I', ['E11.9'], ['99.18'], internist],
      ['L', '1958-12-24', '2026-02-23', 3, 'K-1-13-I', ['K40.9'], ['53.00'], surgeon],
      ['P', '1977-05-16', '2026-03-16', 1, 'I-4-17-I', ['I10'], ['89.52'], internist],
      ['L', '1962-10-01', '2026-04-06', 2, 'K-1-13-I', ['K40.9'], ['53.00'], surgeon],
      ['P', '1969-02-27', '2026-04-27', 1, 'E-4-10-I', ['E11.9'], ['99.18'], internist],
    ] as const;
    patients.forEach(([sex, born, day, late, cbg, dx, px, dpjp], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: rs.regency });
      const written = referredBy(ctx, m, puskesmas, rs, addDays(day, late), dx);
      const referral = { ...written, tglRujukan: day };
      const sided = px[0] === '53.00' ? { laterality: [i % 2 ? 'L' : 'R'] as const } : {};
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          cbg,
          dx,
          px,
          dpjp,
          scale: own(i),
          ...sided,
          sep: inap(referral, { masukAt: '08:10' }),
        }),
      );
    });
    return { fraud };
  },
});
