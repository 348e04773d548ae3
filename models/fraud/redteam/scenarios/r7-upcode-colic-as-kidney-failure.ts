// DOMAIN.md section 3, UPCODING: "diagnosis/procedure coded higher ... with no supporting
// procedure or tariff component". Severity III, added secondaries and a moved primary to a
// far-off group are watched, so the coder stays in the organ system: ureteric stone colic
// (N20.1, urinary tract infection and stones N-4-11, Rp2.2M base) is coded as acute renal
// failure (N17.9, kidney failure N-4-10, Rp3.6M) with the stone as the secondary. Colic is
// painful, not renal failure: no dialysis, no catheter, one abdominal ultrasound, home on day
// two or three (kidney-failure norm five), the hospital bill of a colic stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-UPCODE-71',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Kolik batu ureter (N20.1, kelompok ISK dan batu) dikode sebagai gagal ginjal akut (N17.9, kelompok gagal ginjal, 1,6 kali tarif) dengan batu sebagai sekunder: tanpa hemodialisis, hanya USG abdomen, pulang hari kedua atau ketiga dengan tagihan RS setara kolik.',
    en: 'Ureteric stone colic (N20.1, the urinary infection and stones group) coded as acute renal failure (N17.9, the kidney-failure group, 1.6 times the tariff) with the stone as secondary: no dialysis, one abdominal ultrasound, home on day two or three, with the hospital bill of a colic stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.serang, hospitalClass: 'C', offset: [0.01, 0.01] });
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const patients = [
      ['L', '1984-06-11', '2026-01-09', 2],
      ['L', '1971-03-27', '2026-01-30', 3],
      ['P', '1990-12-02', '2026-02-18', 2],
      ['L', '1978-08-15', '2026-03-11', 2],
      ['L', '1966-01-04', '2026-04-01', 3],
      ['P', '1982-10-21', '2026-04-22', 2],
      ['L', '1993-05-09', '2026-05-13', 3],
    ] as const;
    // a colic stay's hospital bill (85% of N-4-11-I) over the kidney-failure tariff (N-4-10-I)
    const colicBill = (0.85 * 2_200_000) / 3_600_000;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PPU' : 'PBPU', careClass: 2, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'N-4-10-I',
        dx: ['N17.9', 'N20.1'],
        px: ['88.76'],
        dpjp: urologist,
        billedRatio: colicBill,
        scale: bill(700 + i),
        sep: igd({ masukAt: hhmm(1 + 3 * (i % 6), 15 + 4 * i) }),
      }),
    );
    return { fraud };
  },
});
