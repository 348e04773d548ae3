// DOMAIN.md section 3, UPCODING: a procedure "coded higher". A limb abscess is opened at the
// bedside under local anaesthesia (incision and drainage, ICD-9-CM 86.04) and dressed daily; the
// stay groups with skin infections (L-4-10). A new class C private hospital in Grobogan codes the
// drainage as excisional debridement (86.22), a theatre procedure that moves the stay to the
// procedure group S-1-10 (1.7 times the tariff). The bill is a ward abscess's: a minor-procedure
// fee of a few hundred thousand rupiah, the time of a bedside procedure on the afternoon of
// admission, no theatre consumables or anaesthetist; four days of antibiotics.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-UPCODE-104',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Grobogan mengodekan insisi dan drainase abses tungkai di tempat tidur sebagai debridemen eksisional (86.22) sehingga rawat pindah ke kelompok prosedur S-1-10; tagihan berisi biaya tindakan kecil, tanpa kamar operasi atau anestesi, empat hari antibiotik.',
    en: 'A new class C private hospital in Grobogan codes bedside incision and drainage of limb abscesses as excisional debridement (86.22), moving the stay to the procedure group S-1-10; the bill holds a minor-procedure fee, no theatre or anaesthesia, four days of antibiotics.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.grobogan, hospitalClass: 'C' });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-09', 8, 17).map((day, i) => {
      const arrive = 9 + ((i * 3) % 8);
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 34 + ((i * 6) % 32) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'S-1-10-I',
        dx: i % 3 ? ['L02.4'] : ['L02.4', 'E11.9'],
        px: ['86.22', '99.21'],
        dpjp: surgeon,
        // the honest ward abscess's bill, spread on the surgical profile; the theatre fee is a bedside one
        billedRatio: billOf('L-4-10-I', 'S-1-10-I'),
        scale: times(bill(10_400 + i), { tarif_bmhp: 0.6, tarif_sewa_alat: 0.3 }),
        components: { tarif_prosedur_bedah: 300_000 + 25_000 * (i % 5) },
        sep: igd({ masukAt: hhmm(arrive, (13 * i) % 60), operasiAt: `${day} ${hhmm(arrive + 3, 30)}` }),
      });
    });
    // the same ward's abscesses the internist admits, coded as they are (context)
    const context: BuiltClaim[] = every('2026-01-20', 5, 24).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, 20 + i, { age: 40 + ((i * 9) % 25) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'L-4-10-I',
        dx: ['L02.4'],
        px: ['99.21'],
        dpjp: internist,
        scale: bill(10_420 + i),
        sep: igd({ masukAt: hhmm(10 + i, 20) }),
      }),
    );
    return { fraud, context };
  },
});
