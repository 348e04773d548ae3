// DOMAIN.md section 1 (e-PLKK: a KK/PAK case is paid by JKK, not JKN) and section 3,
// COB_KKPAK: "a KK/PAK case billed to both JKN and JKK". Not an injury this time but an
// occupational disease (PAK): carpal tunnel syndrome of sewing-machine operators (repetitive
// forceful hand work: NIOSH 1997, Musculoskeletal Disorders and Workplace Factors) is reported
// through e-PLKK and JKK pays its care and compensation; the hospital keeps billing the same
// condition's neurology clinic visits and physiotherapy to JKN every few weeks after the report.
// No S or T code anywhere: the diagnosis is G56.0.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-COB-51',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Sindrom terowongan karpal operator mesin jahit dilaporkan sebagai PAK lewat e-PLKK dan dibayar JKK; RS tetap menagihkan kunjungan poli saraf dan fisioterapi untuk penyakit yang sama ke JKN setiap beberapa minggu setelah laporan. Tidak ada kode S atau T: diagnosisnya G56.0.',
    en: 'Carpal tunnel syndrome of sewing-machine operators is reported as an occupational disease (PAK) through e-PLKK and paid by JKK; the hospital keeps billing the same condition’s neurology clinic visits and physiotherapy to JKN every few weeks after the report. No S or T code: the diagnosis is G56.0.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'C', offset: [-0.03, 0.02] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const rehab = ctx.doctor({ specialty: 'SP_KFR', at: [rs] });
    const workers = [
      ['P', '1984-03-17', '2026-01-08'],
      ['P', '1979-09-02', '2026-01-22'],
      ['P', '1990-12-11', '2026-02-05'],
    ] as const;
    const fraud: BuiltClaim[] = [];
    workers.forEach(([sex, born, diagnosed], w) => {
      const member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2015-07-01', wage: 3_900_000 + w * 150_000 },
      });
      ctx.kkpak({
        member,
        accidentDate: diagnosed,
        reportedDate: addDays(diagnosed, 6),
        caseType: 'PAK',
        location: 'TEMPAT_KERJA',
        daysOff: 21,
        nomorSep: null,
        jkkBenefitPaid: 4_200_000 + w * 300_000,
      });
      for (const [k, weeks] of [3, 6, 9, 12].entries()) {
        const day = addDays(diagnosed, weeks * 7 + w);
        const clinic = k % 2 === 0;
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: clinic ? 'G-5-18-0' : 'Z-3-12-0',
            dx: clinic ? ['G56.0'] : ['Z50.1', 'G56.0'],
            px: clinic ? ['89.52'] : ['93.39'],
            dpjp: clinic ? neurologist : rehab,
            scale: bill(4 * w + k),
            sep: jalan(ctx.hospitalReferral(rs, day), { masukAt: `${String(8 + k).padStart(2, '0')}:40` }),
          }),
        );
      }
    });
    return { fraud };
  },
});
