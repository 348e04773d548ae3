// DOMAIN.md section 3, PROLONGED_LOS on a serious group, where a long stay is easy to defend. A new
// class C private hospital in Toboali (Bangka Selatan) treats heart attacks medically, with no
// catheter laboratory: ECG, echocardiography, thrombolysis for a few (I-4-10-I, norm five days;
// sixteen stays spread around it, context). Four stable patients with an uncomplicated small infarct
// (I21.4) are kept nine or ten days under the cardiologist "for mobilisation": no complication is
// coded, no second echo, no more tests, only the room and nursing lines grow.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const HELD = new Map([
  [2, 9],
  [7, 10],
  [12, 9],
  [17, 10],
]);
const INFARCTS = ['I21.0', 'I21.1', 'I21.4', 'I21.9'];

export default defineScenario({
  id: 'RT-LOS-152',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Toboali merawat serangan jantung secara medis tanpa kateterisasi (I-4-10-I, norma lima hari). Empat pasien stabil dengan infark kecil tanpa komplikasi (I21.4) ditahan sembilan atau sepuluh hari di bawah dokter jantung "untuk mobilisasi": tanpa komplikasi dikodekan, tanpa ekokardiografi ulang, tanpa pemeriksaan tambahan; hanya kamar dan keperawatan yang bertambah.',
    en: 'A new class C private hospital in Toboali treats heart attacks medically, with no catheter laboratory (I-4-10-I, norm five days). Four stable patients with an uncomplicated small infarct (I21.4) are kept nine or ten days under the cardiologist “for mobilisation”: no complication coded, no second echo, no more tests; only room and nursing grow.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.bangkaSelatan, hospitalClass: 'C' });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-08', 20, 6.8).forEach((day, i) => {
      const held = HELD.get(i);
      const lysed = !held && i % 5 === 1;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 48 + ((i * 7) % 28), sex: i % 4 === 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        ...(held ? { pulang: addDays(day, held) } : {}),
        cbg: 'I-4-10-I',
        dx: [held ? 'I21.4' : (INFARCTS[i % 4] as string)],
        px: lysed ? ['89.52', '88.72', '99.10'] : ['89.52', '88.72'],
        ...(lysed ? { specialCmg: ['SD-01'] } : {}),
        dpjp: held || i % 2 ? cardiologist : internist,
        scale: held ? times(bill(22_500 + i), { tarif_kamar: held / 5, tarif_keperawatan: held / 5.5 }) : bill(22_500 + i),
        sep: igd({ masukAt: hhmm((5 + i * 7) % 24, (13 * i) % 60) }),
      });
      (held ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
