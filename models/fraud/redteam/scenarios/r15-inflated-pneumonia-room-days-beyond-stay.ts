// DOMAIN.md section 3, INFLATED_BILL on the room and nursing lines, the length of stay untouched: the
// ward bills more bed-days than the claim's own dates hold. A new class C private hospital in
// Pringsewu (Lampung) treats community pneumonia (J-4-16-I; eighteen stays around the norm,
// context). On four stays the billing clerk carries the bed-days of the ward's census sheet, not
// the patient's: the room line about two-thirds above what the stay's days cost at the hospital's
// rate and nursing a third above, while admission and discharge dates are the real ones.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const EXTRA_DAYS = new Set([4, 9, 13, 18]);

export default defineScenario({
  id: 'RT-INFLATED-153',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Pringsewu merawat pneumonia komunitas (J-4-16-I). Pada empat rawat inap petugas tagihan memakai hari rawat dari sensus bangsal, bukan milik pasien: baris kamar sekitar dua pertiga di atas harga hari rawatnya dan keperawatan sepertiga di atas, sedangkan tanggal masuk dan pulang tetap yang sebenarnya.',
    en: 'A new class C private hospital in Pringsewu treats community pneumonia (J-4-16-I). On four stays the billing clerk carries the bed-days of the ward census, not the patient’s: the room line about two-thirds above what the stay’s days cost and nursing a third above, while the admission and discharge dates are the real ones.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.pringsewu, hospitalClass: 'C' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-07', 22, 6.1).forEach((day, i) => {
      const inflated = EXTRA_DAYS.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 24 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        cbg: 'J-4-16-I',
        dx: [i % 3 === 1 ? 'J18.0' : 'J18.9'],
        px: ['87.44', '93.96', '99.21'],
        dpjp: internists[i % 2] as string,
        scale: inflated ? times(bill(22_000 + i), { tarif_kamar: 1.65, tarif_keperawatan: 1.35 }) : bill(22_000 + i),
        sep: igd({ masukAt: hhmm(9 + ((i * 5) % 13), (41 * i) % 60) }),
      });
      (inflated ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
