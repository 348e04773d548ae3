// DOMAIN.md section 3, INFLATED_BILL ("prosthesis top-up without the matching procedure"), with
// the procedure typed in: a class C private hospital in Sumbawa adds brain MRI (88.91) and its
// special-investigation top-up (SI-02) to typhoid and dengue stays of young adults with no
// neurological sign coded. The hospital's own radiology line is a chest X-ray's; an MRI it ran
// would be on it. Nothing about the fever needed a brain scan.
import { addDays, inacbgTariff } from '../context.js';
import { SPECIAL_CMG } from '../../../../data-samples/reference/index.js';
import { defineScenario } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const MRI_TOPUP = SPECIAL_CMG.find((s) => s.code === 'SI-02')?.tariff ?? 0;
const FEVERS = [
  { cbg: 'A-4-11-I', dx: 'A01.0' },
  { cbg: 'A-4-13-I', dx: 'A90' },
] as const;

export default defineScenario({
  id: 'RT-INFLATED-92',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C di Sumbawa menambahkan MRI otak (88.91) dan top-up SI-02 pada rawat tifoid dan dengue dewasa muda tanpa tanda neurologis; baris radiologi RS hanya setara rontgen dada.',
    en: 'A class C private hospital in Sumbawa adds brain MRI (88.91) and its top-up SI-02 to typhoid and dengue stays of young adults with no neurological sign; the hospital radiology line is a chest X-ray’s.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.sumbawa, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud = every('2026-01-15', 8, 16).map((day, i) => {
      const f = FEVERS[i % 2] as (typeof FEVERS)[number];
      const member = patient(ctx, rs, day, i, { age: 18 + ((i * 5) % 22) });
      const tariff = inacbgTariff(f.cbg, member.careClass, rs);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4 + (i % 2)),
        cbg: f.cbg,
        dx: [f.dx],
        px: ['88.91', '90.59'],
        specialCmg: ['SI-02'],
        // the bill of the fever the hospital treated: 85% of the group's tariff, no MRI fee in it
        billedRatio: (0.85 * tariff) / (tariff + MRI_TOPUP),
        dpjp: internists[i % 2] as string,
        scale: bill(9050 + i),
        sep: igd({ masukAt: hhmm(13 + (i % 9), (31 * i) % 60) }),
      });
    });
    return { fraud };
  },
});
