// Near miss for PROLONGED_LOS: a long stay with its reason in the codes and the bill. A new class C
// government hospital in Siulak (Kerinci, Jambi) treats pulmonary tuberculosis in about five days
// (A-4-12-I; sixteen stays, context). Five patients have spinal tuberculosis (A18.0) with weak legs
// (G81.9): a spine CT, weeks of intravenous treatment while the abscess settles, physiotherapy every
// day, and two to three weeks in hospital (A-4-12-II): long stays, each with its imaging, its
// rehabilitation line and its laboratory.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const SPINAL = new Map([
  [2, 16],
  [6, 21],
  [10, 14],
  [14, 19],
  [18, 17],
]);

export default defineScenario({
  id: 'RT-NM-LOS-151',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas C baru di Siulak (Kerinci) merawat TB paru sekitar lima hari. Lima pasien menderita TB tulang belakang (A18.0) dengan tungkai lemah (G81.9): CT tulang belakang, berminggu-minggu terapi intravena sambil abses mereda, fisioterapi setiap hari, dua sampai tiga minggu dirawat (A-4-12-II), masing-masing dengan pencitraan, rehabilitasi dan laboratoriumnya.',
    en: 'A new class C government hospital in Siulak (Kerinci) treats pulmonary tuberculosis in about five days. Five patients have spinal tuberculosis (A18.0) with weak legs (G81.9): a spine CT, weeks of intravenous treatment while the abscess settles, daily physiotherapy, two to three weeks in hospital (A-4-12-II), each with its imaging, rehabilitation and laboratory.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.kerinci, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-06', 21, 5.9, '2026-05-05').forEach((day, i) => {
      const los = SPINAL.get(i);
      const member = patient(ctx, rs, day, i, { age: 18 + ((i * 7) % 45) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(los ? { pulang: addDays(day, los) } : {}),
        cbg: los ? 'A-4-12-II' : 'A-4-12-I',
        dx: los ? ['A18.0', 'G81.9'] : [i % 3 ? 'A15.0' : 'A16.2'],
        px: los ? ['88.38', '87.44', '99.21', '93.39', '90.59'] : ['87.44', '90.59'],
        dpjp: los ? internist : i % 2 ? internist : pulmonologist,
        scale: los
          ? times(bill(23_300 + i), {
              tarif_kamar: los / 5,
              tarif_keperawatan: los / 5,
              tarif_obat: los / 6,
              tarif_laboratorium: 2,
              tarif_radiologi: 3,
              tarif_rehabilitasi: los / 2,
            })
          : bill(23_300 + i),
        sep: los
          ? inap(referredBy(ctx, member, puskesmas, rs, day, ['A18.0']), { masukAt: hhmm(9, 20) })
          : igd({ masukAt: hhmm(8 + ((i * 5) % 13), (23 * i) % 60) }),
      });
      (los ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
