// Near miss for PROLONGED_LOS (honest twin of RT-LOS-131): a new class B private hospital in Blora
// (Central Java) removes gallbladders laparoscopically, home on the second or third day (context).
// Three patients come in with gallstone pancreatitis (K85.9): fasting, fluids and pain relief until
// the pancreas settles, an abdominal CT, then the cholecystectomy in the same admission as the
// guidelines advise (B-1-10-II), nine to eleven days with the laboratory, drug, radiology and
// nursing lines such a stay fills. Long, and every day used.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const PANCREATITIS = new Set([3, 8, 12]);

export default defineScenario({
  id: 'RT-NM-PANCREATITIS-133',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas B baru di Blora melakukan kolesistektomi laparoskopik, pulang hari kedua atau ketiga. Tiga pasien datang dengan pankreatitis bilier (K85.9): puasa, cairan dan analgesik sampai pankreas tenang, CT abdomen, lalu kolesistektomi pada rawat inap yang sama sesuai pedoman (B-1-10-II), sembilan sampai sebelas hari dengan lab, obat, radiologi dan keperawatan yang sesuai.',
    en: 'A new class B private hospital in Blora removes gallbladders laparoscopically, home on the second or third day. Three patients come with gallstone pancreatitis (K85.9): fasting, fluids and analgesia until the pancreas settles, an abdominal CT, then the cholecystectomy in the same admission as guidelines advise (B-1-10-II), nine to eleven days with the laboratory, drugs, radiology and nursing to match.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.blora, hospitalClass: 'B' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 15, 8.4).forEach((d, i) => {
      const day = clinicDay(d);
      const pancreatitis = PANCREATITIS.has(i);
      const member = patient(ctx, rs, day, i, { age: 35 + ((i * 6) % 32), sex: i % 3 ? 'P' : 'L' });
      if (!pancreatitis) {
        const los = 2 + (i % 2);
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, los),
            cbg: 'B-1-10-I',
            dx: ['K80.2'],
            px: ['51.23'],
            dpjp: surgeon,
            scale: times(bill(15_200 + i), { tarif_kamar: los / 3, tarif_keperawatan: los / 3 }),
            sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['K80.2']), { masukAt: hhmm(8 + (i % 3), (7 * i) % 60) }),
          }),
        );
        return;
      }
      const los = 9 + (i % 3);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, los),
          cbg: 'B-1-10-II',
          dx: ['K80.2', 'K85.9'],
          px: ['51.23', '88.01', '99.15'],
          specialCmg: ['SI-01'],
          dpjp: surgeon,
          scale: times(bill(15_200 + i), {
            tarif_kamar: los / 4,
            tarif_keperawatan: los / 4,
            tarif_laboratorium: 2,
            tarif_obat: 1.8,
            tarif_radiologi: 1.8,
          }),
          sep: igd({ masukAt: hhmm(19 + (i % 4), (13 * i) % 60), operasiAt: `${addDays(day, los - 2)} 09:00` }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
