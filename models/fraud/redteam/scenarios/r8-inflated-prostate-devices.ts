// DOMAIN.md section 3, INFLATED_BILL: devices inflated. A class B private hospital bills the
// device line (alkes) of its transurethral prostatectomies at six times what such an operation
// uses: a new resectoscope loop set, irrigation system and three-way catheter set billed as
// single-use devices at list price on every patient, where the loop set is reprocessed and
// the catheter is one. The operation, stay and other lines are an ordinary TURP's.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-INFLATED-82',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas B menagih komponen alat kesehatan reseksi prostat transuretra enam kali pemakaian wajar: set loop resektoskop, sistem irigasi dan kateter three-way ditagih sebagai alat sekali pakai harga katalog pada setiap pasien; operasi, lama rawat dan komponen lain biasa.',
    en: 'A class B private hospital bills the device line of transurethral prostatectomies at six times normal use: resectoscope loop set, irrigation system and three-way catheter billed as single-use at list price on every patient; operation, stay and other lines ordinary.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.solok, hospitalClass: 'B', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const urologist = ctx.doctor({ specialty: 'SP_U', at: [rs] });
    const days = ['2026-01-20', '2026-02-17', '2026-03-10', '2026-03-31', '2026-04-21', '2026-05-12'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: 'L',
        birthDate: bornBefore(day, 61 + 2 * i, i),
        segment: i % 2 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const referral = referredBy(ctx, member, puskesmas, rs, addDays(day, -14), ['N40']);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'N-1-20-I',
        dx: ['N40'],
        px: ['60.29'],
        dpjp: urologist,
        scale: times(bill(9500 + i), { tarif_alkes: 6 }),
        sep: inap(referral, { masukAt: hhmm(8 + (i % 3), 15) }),
      });
    });
    return { fraud };
  },
});
