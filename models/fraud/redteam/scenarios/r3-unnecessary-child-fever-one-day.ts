// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions
// normally treated as outpatients". Variant: children with a plain viral fever, admitted
// Friday afternoon and sent home Saturday with one blood count, at a hospital with no earlier claims.
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
  id: 'RT-UNNEC-31',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Anak 3-10 tahun dengan demam virus biasa (B34.9, R50.9) dirawat inap Jumat sore dan pulang Sabtu dengan satu pemeriksaan darah (keparahan I), di rumah sakit tanpa klaim sebelumnya.',
    en: 'Children aged 3-10 with a plain viral fever (B34.9, R50.9) admitted on Friday afternoon and sent home on Saturday after one blood count (severity I), at a hospital with no earlier claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.kupang, hospitalClass: 'C' });
    const children = [
      ['L', '2019-03-14', '2026-01-09'],
      ['P', '2021-08-02', '2026-01-23'],
      ['L', '2016-11-20', '2026-02-06'],
      ['P', '2020-05-05', '2026-02-27'],
      ['L', '2017-09-29', '2026-03-13'],
      ['P', '2022-01-18', '2026-04-10'],
      ['L', '2018-06-07', '2026-04-24'],
    ] as const;
    const fraud: BuiltClaim[] = children.map(([sex, born, friday], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PBI' : 'PPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: friday,
        pulang: addDays(friday, 1),
        cbg: 'A-4-14-I',
        dx: i % 2 ? ['R50.9'] : ['B34.9'],
        px: ['90.59'],
        dpjp: 3,
        billedRatio: 0.55,
        scale: own(i),
      }),
    );
    return { fraud };
  },
});
