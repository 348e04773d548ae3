// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission or treatment without medical need";
// issue 11 item 2 "distributions, not cut-offs". Variant: a private hospital delivers almost
// every mother by elective caesarean (O82.0) with no recorded indication (no scar, breech,
// pre-eclampsia, rupture of membranes or preterm labour), young first mothers included.
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
  id: 'RT-UNNEC-32',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta melahirkan hampir semua ibu (10 dari 11, usia 20-30) dengan seksio sesarea elektif (O82.0) tanpa indikasi medis yang tercatat; satu persalinan normal sebagai pembanding.',
    en: 'A private hospital delivers almost every mother (10 of 11, aged 20-30) by elective caesarean (O82.0) with no recorded medical indication; one normal delivery alongside.',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const mother = (born: string) => ctx.member({ sex: 'P', birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
    const births = [
      ['1999-02-11', '2026-01-08'],
      ['2001-06-30', '2026-01-15'],
      ['1996-10-05', '2026-01-29'],
      ['2003-03-22', '2026-02-05'],
      ['1998-12-19', '2026-02-12'],
      ['2000-08-08', '2026-02-26'],
      ['1995-04-27', '2026-03-05'],
      ['2002-01-14', '2026-03-12'],
      ['1997-07-03', '2026-04-09'],
      ['2004-05-16', '2026-04-16'],
    ] as const;
    const fraud: BuiltClaim[] = births.map(([born, masuk], i) =>
      ctx.claim({
        member: mother(born),
        facility: rs,
        masuk,
        cbg: 'O-6-10-I',
        dx: ['O82.0'],
        px: ['74.1'],
        dpjp: 2 + (i % 2),
        scale: own(i),
      }),
    );
    const normal = ctx.claim({
      member: mother('1994-09-09'),
      facility: rs,
      masuk: '2026-03-26',
      cbg: 'O-6-13-I',
      dx: ['O80.0'],
      px: ['73.59'],
      dpjp: 2,
    });
    return { fraud, context: [normal] };
  },
});
