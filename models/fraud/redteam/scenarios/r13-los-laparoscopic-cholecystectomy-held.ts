// DOMAIN.md section 3, PROLONGED_LOS, on an elective surgical group: a new class B private hospital
// in Sukoharjo (Central Java) removes gallbladders laparoscopically (B-1-10-I, 51.23): patients
// referred by their puskesmas come in the morning, are operated on the next day and go home on the
// second or third day (fifteen stays, context). Three patients of the ward's quiet weeks are kept
// eight days after an uneventful operation, "for observation": the room and nursing lines of eight
// days and nothing else (no second imaging, no antibiotics beyond prophylaxis, no drain).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const HELD = new Set([2, 7, 11]);
const HELD_DAYS = 8;

export default defineScenario({
  id: 'RT-LOS-131',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas B baru di Sukoharjo melakukan kolesistektomi laparoskopik: pasien rujukan puskesmas masuk pagi, dioperasi esok hari dan pulang hari kedua atau ketiga. Tiga pasien pada minggu sepi ditahan delapan hari setelah operasi tanpa komplikasi, "untuk observasi": komponen kamar dan keperawatan delapan hari tanpa tambahan lain.',
    en: 'A new class B private hospital in Sukoharjo removes gallbladders laparoscopically: patients referred by their puskesmas come in the morning, are operated on the next day and go home on the second or third day. Three patients of quiet weeks are kept eight days after an uneventful operation "for observation": eight days of room and nursing and nothing else.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.sukoharjo, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 15, 8.6).forEach((d, i) => {
      const day = clinicDay(d);
      const held = HELD.has(i);
      const los = held ? HELD_DAYS : 2 + (i % 2);
      const member = patient(ctx, rs, day, i, { age: 34 + ((i * 6) % 30), sex: i % 4 ? 'P' : 'L' });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'B-1-10-I',
        dx: ['K80.2'],
        px: ['51.23'],
        dpjp: surgeons[i % 2] as string,
        scale: times(bill(13_500 + i), { tarif_kamar: los / 3, tarif_keperawatan: los / 3 }),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['K80.2']), {
          masukAt: hhmm(8 + (i % 3), (7 * i) % 60),
          operasiAt: `${addDays(day, 1)} ${hhmm(8 + (i % 4), 0)}`,
        }),
      });
      (held ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
