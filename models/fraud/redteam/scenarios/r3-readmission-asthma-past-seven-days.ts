// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis
// cluster; observed/expected by hospital" (UNBUNDLING takes readmissions within 7 days).
// Variant: asthma patients sent home after one night and readmitted 8-11 days later, just
// past the 7-day line, recoded from J45.9 to J46 (another ICD-10 category, the same case-mix
// group) at a higher severity; one readmission across a month end.
import { addDays } from '../context.js';
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
  id: 'RT-READMIT-31',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Pasien asma dipulangkan setelah satu malam lalu dirawat lagi 8-11 hari kemudian (tepat melewati batas 7 hari), dikode ulang J45.9 menjadi J46 dengan keparahan lebih tinggi, di rumah sakit tanpa riwayat.',
    en: 'Asthma patients sent home after one night and readmitted 8-11 days later (just past the 7-day line), recoded from J45.9 to J46 at a higher severity, at a clean-history hospital.',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['P', '1982-09-09', '2026-01-12', 9],
      ['L', '1995-03-23', '2026-01-22', 8],
      ['P', '1978-07-01', '2026-02-16', 11],
      ['L', '1963-12-12', '2026-03-03', 10],
    ] as const;
    patients.forEach(([sex, born, masuk, gap], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency });
      const out = addDays(masuk, 1);
      context.push(
        ctx.claim({ member: m, facility: rs, masuk, pulang: out, cbg: 'J-4-19-I', dx: ['J45.9'], px: ['93.96'], dpjp: 2, scale: own(i) }),
      );
      const back = addDays(out, gap);
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 4),
          cbg: 'J-4-19-II',
          dx: ['J46', 'J20.9'],
          px: ['93.96', '87.44'],
          scale: own(i + 2),
          dpjp: 2,
        }),
      );
    });
    return { context, fraud };
  },
});
