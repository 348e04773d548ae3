// DOMAIN.md section 3, UNBUNDLING: "outpatient and inpatient same day". At a new class C private
// hospital in Kabupaten Gorontalo (WITA) heart-failure patients referred by their puskesmas are
// seen in the cardiac clinic in the morning and admitted from it before noon on the clinic's own
// letter. The clinic visit belongs to the admission that follows (one episode, one claim), yet the
// hospital bills it as its own outpatient SEP beside the stay: five such pairs, among honest
// admissions through the emergency room and clinic visits that send the patient home (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-UNBUND-121',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Kabupaten Gorontalo: pasien gagal jantung rujukan puskesmas diperiksa di poli jantung pagi hari lalu dirawat inap sebelum siang dengan surat poli; kunjungan poli itu bagian dari rawat inap (satu episode), tetapi ditagih sebagai SEP rawat jalan tersendiri di samping rawat inapnya: lima pasangan.',
    en: 'At a new class C private hospital in Kabupaten Gorontalo, heart-failure patients referred by their puskesmas are seen in the cardiac clinic in the morning and admitted from it before noon; the clinic visit belongs to the admission (one episode), yet it is billed as its own outpatient SEP beside the stay: five such pairs.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabGorontalo, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-07', 15, 8).forEach((d, i) => {
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 52 + ((i * 3) % 25) });
      const kind = i % 3; // 0: clinic then admitted (the scheme), 1: emergency admission, 2: clinic only
      if (kind === 1) {
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 5),
            cbg: 'I-4-12-I',
            dx: ['I50.0', 'I11.0'],
            px: ['89.52', '88.72'],
            dpjp: cardiologist,
            scale: bill(12_800 + i),
            sep: igd({ masukAt: hhmm(19, (5 * i) % 60) }),
          }),
        );
        return;
      }
      const pcare = referredBy(ctx, member, puskesmas, rs, day, ['I50.9']);
      const visit = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'I-5-16-0',
        dx: kind === 0 ? ['I50.9'] : ['I11.9'],
        px: ['89.52', '88.72'],
        dpjp: cardiologist,
        scale: bill(12_850 + i),
        sep: jalan(pcare, { masukAt: hhmm(8, (10 + 3 * i) % 60), pulangAt: hhmm(10, (20 + 2 * i) % 60) }),
      });
      if (kind === 2) {
        context.push(visit);
        return;
      }
      fraud.push(visit);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 5),
          cbg: 'I-4-12-I',
          dx: ['I50.0', 'I11.0'],
          px: ['89.52', '88.72'],
          dpjp: cardiologist,
          scale: bill(12_880 + i),
          sep: inap(ctx.hospitalReferral(rs, day), { masukAt: hhmm(11, (5 + 2 * i) % 60) }),
        }),
      );
    });
    return { fraud, context };
  },
});
