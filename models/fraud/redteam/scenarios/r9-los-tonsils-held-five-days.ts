// DOMAIN.md section 3, PROLONGED_LOS: a class C private hospital in Tabanan keeps children five
// to seven nights after a tonsillectomy the group's norm gives two (a child eating and without
// bleeding goes home the next day). No bleeding is coded, no return to theatre, no blood; the
// room and nursing lines grow with the nights, the rest is an ordinary tonsillectomy's. The
// hospital's ENT surgeon bills every tonsillectomy of the five months this way.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES9, every, patient } from './r9-common.js';

export default defineScenario({
  id: 'RT-LOS-92',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C di Tabanan menahan anak 5-7 malam setelah tonsilektomi (norma 2 hari) tanpa perdarahan atau tindakan ulang; hanya baris kamar dan keperawatan yang bertambah.',
    en: 'A class C private hospital in Tabanan keeps children five to seven nights after a tonsillectomy (norm two) without bleeding or a return to theatre; only the room and nursing lines grow.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.tabanan, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = ctx.doctor({ specialty: 'SP_THT', at: [rs] });
    const fraud = every('2026-01-10', 8, 17).map((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 5 + (i % 9) });
      const los = 5 + (i % 3);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'U-1-13-I',
        dx: ['J35.0'],
        px: ['28.2'],
        dpjp: ent,
        scale: times(bill(9020 + i), { tarif_kamar: los / 2, tarif_keperawatan: los / 2 }),
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -9), ['J03.9'])),
      });
    });
    return { fraud };
  },
});
