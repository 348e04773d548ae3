// Near miss of UPCODING (RT-UPCODE-122's honest twin): postpartum haemorrhage that was one. The
// class B government hospital of Lumajang (East Java) receives women bleeding after delivery,
// referred by village midwives and puskesmas: two to four units of packed cells, uterotonic
// infusions, a day or two of close nursing, three to four days in hospital. Severity III with the
// blood line, the drugs and the nursing that made it so.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-NM-PPH-121',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas B Lumajang menerima ibu dengan perdarahan pascasalin rujukan bidan desa dan puskesmas: dua-empat kantong PRC, infus uterotonika, perawatan ketat satu-dua hari, tiga-empat hari rawat. Keparahan III dengan komponen darah, obat dan perawatan yang sesuai.',
    en: 'The class B government hospital of Lumajang receives women bleeding after delivery, referred by village midwives and puskesmas: two to four units of packed cells, uterotonic infusions, close nursing, three to four days in hospital. Severity III with the blood, drugs and nursing that made it so.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.lumajang, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const obstetricians = [ctx.doctor({ specialty: 'SP_OG', at: [rs] }), ctx.doctor({ specialty: 'SP_OG', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-12', 7, 15).map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 21 + ((i * 4) % 19), sex: 'P' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3 + (i % 2)),
        cbg: 'O-6-13-III',
        dx: ['O72.1', 'O80.0', 'D64.9'],
        px: ['73.59', '99.04', '38.93'],
        dpjp: obstetricians[i % 2] as string,
        billedRatio: 0.9,
        scale: times(bill(12_400 + i), { tarif_pelayanan_darah: 6 + (i % 3), tarif_obat: 1.6, tarif_keperawatan: 1.4 }),
        sep: igd({ masukAt: hhmm((3 + 7 * i) % 24, (17 * i) % 60) }),
      }),
    );
    return { nearMiss };
  },
});
