// Near miss of CANCELLED_SERVICE (RT-CANCEL-101's honest twin: a hernia repair and discharge on the
// same day). The class B government hospital of Purbalingga runs a day-surgery list: adults with a
// reducible inguinal hernia arrive fasting at 06:30, are repaired with a mesh under local or spinal
// anaesthesia from 08:00, walk, pass urine and go home at 14:00-16:00, six to eight hours after the
// incision. Theatre fee, mesh, consumables and the operation time are all there; only the night
// on the ward is not.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-DAYCASE-107',
  kind: 'near_miss',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS pemerintah kelas B Purbalingga menjalankan bedah sehari: pasien hernia inguinalis datang puasa pukul 06:30, dioperasi dengan mesh mulai 08:00 dan pulang pukul 14:00-16:00 hari itu; jasa operasi, mesh, BMHP dan waktu operasi tercatat, hanya malam di bangsal yang tidak ada.',
    en: 'The class B government hospital of Purbalingga runs a day-surgery list: inguinal hernia patients arrive fasting at 06:30, are repaired with a mesh from 08:00 and go home at 14:00-16:00 the same day; theatre fee, mesh, consumables and operation time are all there, only the night on the ward is not.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.purbalingga, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-15', 8, 14).map((d, i) => {
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 25 + ((i * 6) % 40), sex: 'L' });
      const side = i % 2 ? 'L' : 'R';
      const start = 8 * 60 + 55 * (i % 3);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: day,
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [side],
        dpjp: surgeons[i % 2] as string,
        scale: { ...bill(12_700 + i), tarif_kamar: 0.25, tarif_keperawatan: 0.5 },
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -(8 + (i % 5))), ['K40.9']), {
          masukAt: '06:30',
          operasiAt: `${day} ${hhmm(Math.floor(start / 60), start % 60)}`,
          pulangAt: hhmm(14 + (i % 3), 10 * (i % 4)),
        }),
      });
    });
    return { nearMiss };
  },
});
