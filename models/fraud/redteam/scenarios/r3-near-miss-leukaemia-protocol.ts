// Near miss of READMISSION (DOMAIN.md section 3: "readmitted within 30 days with the same
// diagnosis cluster") and REPEAT_BILLING. Inpatient chemotherapy runs in cycles: a child with
// acute lymphoblastic leukaemia admitted for three days every 21 days, an adult with acute
// myeloid leukaemia for consolidation every 28 days, same codes, doctor and drug cost each time,
// coded as an admission for chemotherapy (Z51.1 first, the leukaemia second).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-LEUKAEMIA-31',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Kemoterapi rawat inap sesuai protokol: anak dengan LLA dirawat tiga hari setiap 21 hari, dewasa dengan LMA konsolidasi setiap 28 hari; kode, dokter dan biaya obat kemoterapi sama setiap siklus, di RS rujukan kelas A.',
    en: 'Inpatient chemotherapy by protocol: a child with ALL admitted for three days every 21 days, an adult with AML for consolidation every 28 days; same codes, doctor and chemotherapy-drug cost each cycle, at a class A referral hospital.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, -0.01] });
    const nearMiss: BuiltClaim[] = [];
    const child = ctx.member({ sex: 'L', birthDate: '2018-09-12', segment: 'PBI', careClass: 3, regency: PLACES.jakartaTimur.regency });
    for (let cycle = 0; cycle < 6; cycle++) {
      const masuk = addDays('2026-01-07', cycle * 21);
      nearMiss.push(
        ctx.claim({
          member: child,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 3),
          cbg: 'C-4-12-I',
          dx: ['Z51.1', 'C91.0'],
          px: ['99.25', '38.93'],
          dpjp: 14,
          components: { tarif_obat_kemoterapi: 2_150_000 },
        }),
      );
    }
    const adult = ctx.member({
      sex: 'P',
      birthDate: '1981-05-28',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.jakartaSelatan.regency,
      worker: { since: '2008-02-01', wage: 11_000_000 },
    });
    for (let cycle = 0; cycle < 4; cycle++) {
      const masuk = addDays('2026-01-28', cycle * 28);
      nearMiss.push(
        ctx.claim({
          member: adult,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 5),
          cbg: 'C-4-12-II',
          dx: ['Z51.1', 'C92.0', 'D69.6'],
          px: ['99.25', '99.04'],
          specialCmg: ['SD-02'],
          dpjp: 14,
          components: { tarif_obat_kemoterapi: 6_800_000 },
        }),
      );
    }
    return { nearMiss };
  },
});
