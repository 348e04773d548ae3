// Near miss for UPCODING: severity II on a surgical group with everything behind it. A new class C
// private hospital in Takengon (Aceh Tengah) fixes hip fractures of older people (M-1-30-I, open
// reduction and fixation of the femur; fourteen stays, context). Five patients arrive in heart
// failure or go into it after the fall: an ECG and an echocardiogram, two days in intensive care
// before the operation, diuretics on the drugs line, more laboratory and a longer stay, coded
// with I50.0 and grouped M-1-30-II.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';
import { addDays } from '../context.js';

const FAILING = new Set([1, 5, 9, 13, 17]);

export default defineScenario({
  id: 'RT-NM-SEVERITY-151',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Takengon memasang fiksasi patah tulang panggul orang tua (M-1-30-I). Lima pasien datang dengan atau jatuh ke gagal jantung: EKG dan ekokardiografi, dua hari ICU sebelum operasi, diuretik, laboratorium lebih banyak dan rawat lebih lama, dikodekan I50.0 dan M-1-30-II.',
    en: 'A new class C private hospital in Takengon fixes older people’s hip fractures (M-1-30-I). Five patients arrive in or go into heart failure: ECG and echocardiogram, two days of intensive care before the operation, diuretics, more laboratory and a longer stay, coded I50.0 and grouped M-1-30-II.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.acehTengah, hospitalClass: 'C' });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-07', 19, 6.9).forEach((day, i) => {
      const failing = FAILING.has(i);
      const member = patient(ctx, rs, day, i, { age: 64 + ((i * 3) % 20), sex: i % 3 ? 'P' : 'L' });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: failing ? 'M-1-30-II' : 'M-1-30-I',
        dx: failing ? ['S72.0', 'I50.0'] : ['S72.0'],
        px: failing ? ['79.35', '89.52', '88.72'] : ['79.35'],
        laterality: failing ? [i % 2 ? 'L' : 'R', 'N', 'N'] : [i % 2 ? 'L' : 'R'],
        ...(failing ? { icuDays: 2 } : {}),
        dpjp: orthopaedist,
        scale: failing
          ? times(bill(23_400 + i), {
              tarif_obat: 1.5,
              tarif_laboratorium: 1.8,
              tarif_radiologi: 1.5,
              tarif_kamar: 1.3,
              tarif_keperawatan: 1.3,
            })
          : bill(23_400 + i),
        sep: igd({
          masukAt: hhmm(9 + ((i * 5) % 12), (7 * i) % 60),
          ...(failing ? { operasiAt: `${addDays(day, 3)} 08:30` } : {}),
        }),
      });
      (failing ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
