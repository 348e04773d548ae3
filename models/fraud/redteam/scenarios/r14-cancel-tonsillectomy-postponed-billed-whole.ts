// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero", moved off
// the zero: the operation was called off but billed whole. A new class D private hospital in Bajawa
// (Ngada, East Nusa Tenggara) removes tonsils for children and young adults referred by their
// puskesmas: admitted the day before, operated the next morning, home the day after (U-1-13-I,
// fifteen operations, context). Three patients ran a fever on the morning of the list; the ENT
// surgeon postponed them and sent them home that afternoon with antibiotics, to come back in a
// month. Their claims code the tonsillectomy with the full theatre, surgeon's and anaesthetist's
// lines, but no operation time is recorded and the stay is one night.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const POSTPONED = new Set([3, 8, 12]);

export default defineScenario({
  id: 'RT-CANCEL-141',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas D baru di Bajawa (Ngada) melakukan tonsilektomi anak dan dewasa muda rujukan puskesmas: masuk sehari sebelumnya, operasi esok pagi, pulang sehari kemudian. Tiga pasien demam pada pagi jadwal operasi; dokter THT menunda dan memulangkan mereka sore itu dengan antibiotik. Klaim mereka tetap mengode tonsilektomi dengan komponen kamar operasi, operator dan anestesi penuh, tanpa waktu operasi, rawat satu malam.',
    en: 'A new class D private hospital in Bajawa (Ngada) removes tonsils for referred children and young adults: admitted the day before, operated next morning, home the day after. Three ran a fever on the morning of the list; the ENT surgeon postponed them and sent them home that afternoon with antibiotics. Their claims still code the tonsillectomy with full theatre, surgeon’s and anaesthetist’s lines, no operation time recorded, a one-night stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.ngada, hospitalClass: 'D' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = ctx.doctor({ specialty: 'SP_THT', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 15, 9).forEach((d, i) => {
      const day = clinicDay(d);
      const postponed = POSTPONED.has(i);
      const member = patient(ctx, rs, day, i, { age: 6 + ((i * 5) % 24) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, postponed ? 1 : 2),
        cbg: 'U-1-13-I',
        dx: ['J35.0'],
        px: ['28.2'],
        dpjp: ent,
        scale: bill(18_700 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['J35.0']), {
          masukAt: hhmm(9 + (i % 4), (13 * i) % 60),
          ...(postponed ? { operasiAt: null, pulangAt: hhmm(15, 20 + (i % 3) * 10) } : {}),
        }),
      });
      (postponed ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
