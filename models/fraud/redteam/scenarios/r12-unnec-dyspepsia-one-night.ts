// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions normally
// treated as outpatients". A new class D private hospital in Kabupaten Magelang (Central Java)
// admits dehydrating gastroenteritis through its emergency room for three days (context). Adults
// referred by the puskesmas for dyspepsia or gastritis, walking in at clinic hours, are admitted
// for one night on oral drugs alone (no infusion, no endoscopy) and sent home the next morning:
// six such stays among the honest ones.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-UNNEC-121',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas D baru di Kabupaten Magelang merawat gastroenteritis dengan dehidrasi tiga hari; pasien dewasa rujukan puskesmas dengan dispepsia atau gastritis yang datang berjalan pada jam poli dirawat inap satu malam hanya dengan obat oral (tanpa infus, tanpa endoskopi) dan dipulangkan pagi berikutnya: enam rawat inap seperti itu.',
    en: 'A new class D private hospital in Kabupaten Magelang admits dehydrating gastroenteritis for three days; adults referred by the puskesmas for dyspepsia or gastritis, walking in at clinic hours, are admitted for one night on oral drugs alone (no infusion, no endoscopy) and sent home next morning: six such stays.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabMagelang, hospitalClass: 'D' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 16, 7).forEach((d, i) => {
      const oneNight = [2, 5, 7, 10, 13, 15].includes(i);
      const day = oneNight ? clinicDay(d) : d;
      const member = patient(ctx, rs, day, i, { age: 24 + ((i * 6) % 40) });
      if (!oneNight) {
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'K-4-17-I',
            dx: ['A09', 'E86'],
            px: ['99.18'],
            dpjp: internist,
            scale: bill(13_600 + i),
            sep: igd({ masukAt: hhmm(20, (3 * i) % 60) }),
          }),
        );
        return;
      }
      const dx = i % 2 ? ['K30'] : ['K29.7'];
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 1),
          cbg: 'K-4-17-I',
          dx,
          dpjp: internist,
          scale: times(bill(13_650 + i), { tarif_laboratorium: 0.5, tarif_bmhp: 0.4 }),
          sep: inap(referredBy(ctx, member, puskesmas, rs, day, dx), { masukAt: hhmm(10, (2 * i) % 60), pulangAt: hhmm(8, 30) }),
        }),
      );
    });
    return { fraud, context };
  },
});
