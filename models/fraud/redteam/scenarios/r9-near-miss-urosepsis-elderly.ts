// Near miss of UPCODING ("secondary diagnoses that raise severity"): at a class A government
// hospital in Deli Serdang elderly patients arrive from nursing homes and villages with urinary
// sepsis, shocked or in acute kidney injury. Every severity-III code has its care on the bill:
// three to six ICU days, blood cultures and lactate in the laboratory line, broad-spectrum
// antibiotics in the drug line, a urinary catheter, nine to fifteen days, one death. The primary
// is the sepsis, the urinary infection its source: the order ICD-10 and the INA-CBG guide ask.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-NM-SEPSIS-91',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas A di Deli Serdang merawat lansia dengan sepsis urinari disertai syok atau gagal ginjal akut: 3-6 hari ICU, kultur darah dan laktat, antibiotik spektrum luas, kateter, 9-15 hari, satu meninggal; setiap kode keparahan III didukung tagihan.',
    en: 'A class A government hospital in Deli Serdang treats elderly urinary sepsis with shock or acute kidney injury: three to six ICU days, blood cultures and lactate, broad-spectrum antibiotics, a catheter, nine to fifteen days, one death; every severity-III code backed by the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.deliSerdang, hospitalClass: 'A', ownership: 'PEMERINTAH' });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-18', 7, 17).map((day, i) => {
      const died = i === 4;
      const los = died ? 6 : 9 + ((i * 2) % 7);
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 68 + ((i * 3) % 15), segment: i % 2 ? 'PBI' : 'PBPU' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'A-4-10-III',
        dx: ['A41.9', 'N39.0', i % 2 ? 'R57.0' : 'N17.9'],
        px: ['38.93', '57.94', '90.59'],
        icuDays: 3 + (i % 4),
        discharge: died ? 4 : 1,
        dpjp: i % 3 === 0 ? intensivist : (internists[i % 2] as string),
        billedRatio: 1.02,
        scale: times(bill(9170 + i), { tarif_laboratorium: 1.7, tarif_obat: 1.6 }),
        sep: igd({ masukAt: hhmm(1 + ((i * 5) % 22), (9 * i) % 60), pulangAt: died ? '14:20' : '11:00' }),
      });
    });
    return { nearMiss };
  },
});
