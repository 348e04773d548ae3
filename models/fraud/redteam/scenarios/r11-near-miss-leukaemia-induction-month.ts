// Near miss of PROLONGED_LOS: a stay legitimately long. Induction chemotherapy of childhood acute
// lymphoblastic leukaemia (Indonesian protocol after BFM: four weeks of steroid, vincristine,
// daunorubicin and asparaginase, intrathecal methotrexate by lumbar puncture) is given in hospital
// when the family lives far away and the child is neutropenic, with red-cell and platelet support.
// The class B government hospital of Kabupaten Bandung receives children referred by a class C
// hospital that found the blood count; they stay 28-33 days (C-4-12-III, norm under six), the
// chemotherapy drug line, the chemotherapy top-up SD-02 with its infusion code, transfusions,
// blood service and daily laboratory on the bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm, sentOnBy } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-NM-INDUCTION-111',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas B Kabupaten Bandung menerima rujukan anak leukemia limfoblastik akut dari RS kelas C; kemoterapi induksi empat minggu (steroid, vinkristin, daunorubisin, asparaginase, metotreksat intratekal) dirawat inap 28-33 hari dengan transfusi sel darah merah dan trombosit; obat kemoterapi, top-up SD-02, pelayanan darah dan laboratorium harian ada di tagihan.',
    en: 'The class B government hospital of Kabupaten Bandung receives children with acute lymphoblastic leukaemia referred by a class C hospital; four weeks of induction chemotherapy (steroid, vincristine, daunorubicin, asparaginase, intrathecal methotrexate) in 28-33-day stays with red-cell and platelet transfusions; chemotherapy drugs, the SD-02 top-up, blood service and daily laboratory on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kabBandung, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const referrer = ctx.facility({ place: PLACES11.kabBandung, hospitalClass: 'C', offset: [0.06, -0.05] });
    const paediatricOncologist = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const referrerPaediatrician = ctx.doctor({ specialty: 'SP_A', at: [referrer] });
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = every('2026-01-13', 5, 22).map((day, i) => {
      const child = patient(ctx, rs, day, i, { age: 3 + ((i * 2) % 9) });
      const { visit, referral } = sentOnBy(ctx, {
        member: child,
        from: referrer,
        day,
        cbg: 'Q-5-42-0',
        dx: ['R50.9', 'D64.9'],
        dpjp: referrerPaediatrician,
        scale: bill(14_200 + i),
      });
      context.push(visit);
      const days = 28 + ((i * 2) % 6);
      return ctx.claim({
        member: child,
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'C-4-12-III',
        dx: ['C91.0', 'D64.9', 'D69.6'],
        px: ['99.25', '03.31', '99.04', '90.59'],
        specialCmg: ['SD-02'],
        dpjp: paediatricOncologist,
        billedRatio: 0.95,
        scale: times(bill(14_210 + i), { tarif_kamar: days / 6, tarif_keperawatan: days / 6, tarif_laboratorium: 3.5, tarif_obat: 2 }),
        components: { tarif_obat_kemoterapi: 7_400_000 + 350_000 * i, tarif_pelayanan_darah: 2_900_000 + 400_000 * i },
        sep: inap(referral, { masukAt: hhmm(13, 10 * i) }),
      });
    });
    return { nearMiss, context };
  },
});
