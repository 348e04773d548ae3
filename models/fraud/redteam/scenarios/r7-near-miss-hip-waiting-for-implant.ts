// Near miss of PROLONGED_LOS (RT-LOS-72 keeps fixed hips two weeks). In Sorong the class B
// government hospital has no implant stock: a femoral neck fracture waits in skin traction
// until the plate or prosthesis arrives by air from Makassar or Surabaya, four to six days,
// and rehabilitation starts the day after the operation. Stays of twelve to fifteen days
// (norm six) whose operation time says why, with physiotherapy on the bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-NM-IMPLANT-71',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas B di Sorong tidak punya stok implan: fraktur leher femur menunggu dalam traksi kulit empat sampai enam hari sampai plat atau protesis tiba dengan pesawat, rehabilitasi mulai sehari setelah operasi; rawat 12-15 hari dengan fisioterapi di tagihan.',
    en: 'The class B government hospital in Sorong has no implant stock: femoral neck fractures wait in skin traction four to six days until the plate or prosthesis is flown in, rehabilitation starts the day after the operation; stays of 12-15 days with physiotherapy on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.sorong, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const patients = [
      ['P', '1949-06-18', '2026-01-19', 5, 13, 'R', 'fix'],
      ['L', '1946-01-09', '2026-02-09', 6, 15, 'L', 'hip'],
      ['P', '1953-10-02', '2026-03-02', 4, 12, 'L', 'fix'],
      ['P', '1944-03-27', '2026-03-23', 6, 14, 'R', 'hip'],
      ['L', '1951-08-14', '2026-04-13', 5, 13, 'R', 'fix'],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, wait, los, side, kind], i) => {
      const hip = kind === 'hip';
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'M-1-30-I',
        dx: ['S72.0'],
        px: [hip ? '81.51' : '79.35', '93.39'],
        laterality: [side, 'N'],
        specialCmg: [hip ? 'RR-01' : 'RR-03'],
        dpjp: orthopaedist,
        scale: times(bill(1070 + i), { tarif_kamar: los / 6, tarif_keperawatan: los / 6, tarif_rehabilitasi: 4 }),
        sep: igd({ masukAt: hhmm(15 + i, 40), operasiAt: `${addDays(day, wait)} 09:30` }),
      });
    });
    return { nearMiss };
  },
});
