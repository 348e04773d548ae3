// Near miss of UPCODING (RT-UPCODE-107's honest twin): severe pre-eclampsia coded on caesareans,
// and treated. The class B government hospital of Purwakarta receives mothers the puskesmas found
// with high blood pressure and protein in the urine (the referring visit records O14.1); they get
// magnesium sulphate for 24 hours after delivery, antihypertensives, liver, kidney and clotting
// tests, a day in intensive care for some, and go home on day five or six. The severity the code
// brings is on the bill: drugs, laboratory and nursing well above an ordinary caesarean's.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-PREECLAMPSIA-101',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas B di Purwakarta menerima rujukan puskesmas ibu dengan tekanan darah tinggi dan proteinuria (O14.1); seksio sesarea dengan magnesium sulfat 24 jam, antihipertensi, pemeriksaan fungsi hati, ginjal dan pembekuan, sebagian sehari di ICU, pulang hari kelima atau keenam; keparahan didukung tagihan.',
    en: 'The class B government hospital of Purwakarta receives mothers the puskesmas found with high blood pressure and proteinuria (O14.1); caesareans with 24 hours of magnesium sulphate, antihypertensives, liver, kidney and clotting tests, some a day in ICU, home on day five or six; the bill supports the severity.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.purwakarta, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-15', 8, 15).map((day, i) => {
      const mother = patient(ctx, rs, day, i, { age: 22 + ((i * 5) % 19), sex: 'P' });
      const icu = i % 3 === 0;
      return ctx.claim({
        member: mother,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5 + (i % 2)),
        cbg: icu ? 'O-6-10-III' : 'O-6-10-II',
        dx: ['O82.9', 'O14.1'],
        px: ['74.1', '75.34', '99.18'],
        ...(icu ? { icuDays: 1 } : {}),
        dpjp: obstetricians[i % 2] as string,
        billedRatio: 0.9,
        scale: times(bill(12_200 + i), { tarif_obat: 1.5, tarif_laboratorium: 1.6, tarif_keperawatan: 1.3 }),
        sep: inap(referredBy(ctx, mother, puskesmas, rs, day, ['O14.1']), { masukAt: hhmm(9 + (i % 6), 10) }),
      });
    });
    return { nearMiss };
  },
});
