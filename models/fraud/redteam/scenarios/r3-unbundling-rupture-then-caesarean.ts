// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days;
// readmission within 7 days". Variant: one delivery episode split at the ward door: the
// pre-labour rupture of membranes is "discharged" and the caesarean is admitted the next
// day under a new SEP and another doctor, twice across a month end.
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
  id: 'RT-UNBUND-31',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Satu episode persalinan dipecah: ketuban pecah dini dirawat 1-2 hari lalu "dipulangkan", besoknya masuk lagi untuk seksio sesarea dengan SEP baru dan dokter lain (dua kali melewati akhir bulan).',
    en: 'One delivery episode split: premature rupture of membranes kept 1-2 days and "discharged", then admitted the next day for a caesarean under a new SEP and another doctor (twice across a month end).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C', offset: [0.02, -0.02] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const mothers = [
      ['1995-06-30', '2026-01-30', 1],
      ['1990-11-11', '2026-03-30', 1],
      ['1998-02-17', '2026-04-14', 2],
    ] as const;
    mothers.forEach(([born, masuk, days], i) => {
      const m = ctx.member({ sex: 'P', birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
      const out = addDays(masuk, days);
      // the split-off part: the claim that should not exist, the rupture belongs to the delivery
      fraud.push(
        ctx.claim({ member: m, facility: rs, masuk, pulang: out, cbg: 'O-6-14-I', dx: ['O42.9'], px: ['75.34'], dpjp: 2, scale: own(i) }),
      );
      context.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: addDays(out, 1),
          cbg: 'O-6-10-I',
          dx: ['O82.9', 'O42.9'],
          px: ['74.1'],
          dpjp: 6,
          scale: own(i + 1),
        }),
      );
    });
    return { fraud, context };
  },
});
