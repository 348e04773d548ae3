// DOMAIN.md section 3, UPCODING: "severity-III share vs peers of same hospital class and CBG;
// secondary diagnoses that raise severity with no supporting procedure or tariff component".
// Variant in obstetrics: postpartum haemorrhage and anaemia coded on normal deliveries with no
// transfusion, no blood service and a two-day stay.
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
  id: 'RT-UPCODE-31',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Persalinan normal dikode dengan perdarahan pascapersalinan (O72.1) dan anemia sehingga naik ke keparahan III, tanpa transfusi, layanan darah atau biaya pendukung, pulang hari kedua, di rumah sakit tanpa riwayat.',
    en: 'Normal deliveries coded with postpartum haemorrhage (O72.1) and anaemia to reach severity III, with no transfusion, blood service or supporting cost, home on day two, at a clean-history hospital.',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const mother = (born: string) => ctx.member({ sex: 'P', birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
    const delivery = { facility: rs, px: ['73.59'], dpjp: 6 } as const;
    // ordinary deliveries the same month, coded honestly
    const honest = [
      ['1996-05-11', '2026-02-03'],
      ['1999-08-27', '2026-02-12'],
      ['1993-01-04', '2026-03-09'],
    ] as const;
    const context = honest.map(([born, day], i) =>
      ctx.claim({
        ...delivery,
        member: mother(born),
        masuk: day,
        cbg: 'O-6-13-I',
        dx: ['O80.0', 'O70.0'],
        px: ['73.59', '73.6'],
        scale: own(i),
      }),
    );
    const coded = [
      ['1997-10-19', '2026-01-20', 0.38],
      ['2000-03-02', '2026-02-06', 0.41],
      ['1994-12-15', '2026-02-21', 0.36],
      ['1998-07-08', '2026-03-02', 0.4],
      ['1991-09-25', '2026-03-17', 0.37],
      ['2001-02-13', '2026-04-06', 0.42],
    ] as const;
    const fraud: BuiltClaim[] = coded.map(([born, day, ratio]) =>
      ctx.claim({
        ...delivery,
        member: mother(born),
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'O-6-13-III',
        dx: ['O80.0', 'O72.1', 'D64.9'],
        coder: 4,
        // the bill of a normal two-day delivery: the severity-III tariff x ~0.4
        billedRatio: ratio,
        components: { tarif_pelayanan_darah: 0 },
      }),
    );
    return { context, fraud };
  },
});
