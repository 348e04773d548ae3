// Near miss of UPCODING (RT-UPCODE-116's honest twin): cardiogenic shock with its care on the bill.
// A class B private hospital in Kabupaten Tangerang with a cardiac intensive care unit receives
// ST-elevation infarctions in shock through its emergency room: three to five ICU days with
// inotropes and vasopressors, intubation and ventilation for the worst, echocardiography, the drug
// line twice an ordinary infarction's; two of seven die in the unit (discharge status 4, the death
// recorded by JKN). Severity III is what the stays were.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-NM-SHOCK-111',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B di Kabupaten Tangerang dengan ICU jantung menerima infark miokard dengan syok kardiogenik melalui IGD: tiga-lima hari ICU dengan inotropik dan vasopresor, intubasi dan ventilator untuk yang terberat, ekokardiografi, obat dua kali infark biasa; dua dari tujuh meninggal. Keparahan III sesuai perawatannya.',
    en: 'A class B private hospital in Kabupaten Tangerang with a cardiac ICU receives infarctions in cardiogenic shock through its emergency room: three to five ICU days with inotropes and vasopressors, intubation and ventilation for the worst, echocardiography, twice an ordinary infarction’s drugs; two of seven die. Severity III is what the stays were.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kabTangerang, hospitalClass: 'B' });
    const cardiologists = [ctx.doctor({ specialty: 'SP_JP', at: [rs] }), ctx.doctor({ specialty: 'SP_JP', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-18', 7, 17).map((day, i) => {
      const died = i === 2 || i === 5;
      const ventilated = i % 3 !== 1;
      const icu = died ? 3 : 4 + (i % 2);
      const days = died ? 3 : 7 + (i % 3);
      const member = patient(ctx, rs, day, i, { age: 50 + ((i * 4) % 25), sex: i % 3 === 2 ? 'P' : 'L' });
      if (died) ctx.death({ member, date: addDays(day, days), source: 'JKN' });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'I-4-10-III',
        dx: [i % 2 ? 'I21.1' : 'I21.0', 'R57.0'],
        px: ventilated ? ['89.52', '88.72', '96.04', '96.71'] : ['89.52', '88.72'],
        icuDays: icu,
        ...(ventilated ? { ventilatorHours: 20 + 9 * i } : {}),
        discharge: died ? 4 : 1,
        dpjp: cardiologists[i % 2] as string,
        billedRatio: 0.95,
        scale: times(bill(14_400 + i), { tarif_obat: 2.1, tarif_laboratorium: 1.6, tarif_keperawatan: 1.4 }),
        sep: igd({ masukAt: hhmm(1 + ((i * 5) % 20), (7 * i) % 60), ...(died ? { pulangAt: hhmm(23, 10) } : {}) }),
      });
    });
    return { nearMiss };
  },
});
