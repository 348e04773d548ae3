// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster",
// moved off the same code: the return is coded as pneumonia with tuberculosis second, under the
// other internist. A new class C private hospital in Kefamenanu (Timor Tengah Utara, East Nusa
// Tenggara) admits newly found pulmonary tuberculosis for five days to start treatment, then hands
// the patient to the puskesmas for the rest of the course (fourteen patients, context). Four
// patients, stable on their tablets, are called back every three to four weeks for "poor appetite"
// and admitted again for five days: the first stay is context, the five returns are the scheme.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

/** Days after the previous discharge each revolving patient is admitted again. */
const RETURNS: ReadonlyMap<number, readonly number[]> = new Map([
  [1, [19, 23]],
  [5, [21]],
  [9, [18]],
  [13, [24]],
]);

export default defineScenario({
  id: 'RT-READMIT-141',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'RS swasta kelas C baru di Kefamenanu merawat TB paru baru lima hari untuk memulai pengobatan, lalu menyerahkan pasien ke puskesmas. Empat pasien yang stabil dengan obatnya dipanggil kembali setiap tiga sampai empat minggu karena "nafsu makan kurang" dan dirawat lagi lima hari, dikode pneumonia dengan TB sebagai diagnosis sekunder, di bawah internis yang lain: rawat pertama konteks, lima rawat ulang skemanya.',
    en: 'A new class C private hospital in Kefamenanu admits newly found pulmonary tuberculosis for five days to start treatment, then hands patients to the puskesmas. Four patients, stable on their tablets, are called back every three to four weeks for “poor appetite” and admitted again for five days, coded as pneumonia with tuberculosis second under the other internist: the first stay is context, the five returns the scheme.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.timorTengahUtara, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 18, 5.5).forEach((d, i) => {
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 19 + ((i * 7) % 45) });
      const dx = i % 2 ? ['A15.0'] : ['A16.2'];
      const first = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'A-4-12-I',
        dx,
        px: ['87.44', '90.59'],
        dpjp: internists[i % 2] as string,
        scale: bill(19_000 + i),
        sep: inap(referredBy(ctx, member, puskesmas, rs, day, dx), { masukAt: hhmm(8 + (i % 5), (9 * i) % 60) }),
      });
      context.push(first);
      let discharged = addDays(day, 5);
      (RETURNS.get(i) ?? []).forEach((gap, k) => {
        const back = addDays(discharged, gap);
        discharged = addDays(back, 5);
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: back,
            pulang: discharged,
            cbg: k === 0 ? 'J-4-16-I' : 'A-4-12-I',
            dx: k === 0 ? ['J18.9', dx[0] as string] : dx,
            px: ['87.44', '99.21'],
            dpjp: internists[(i + 1) % 2] as string,
            scale: bill(19_050 + 3 * i + k),
            sep: igd({ masukAt: hhmm(10 + k, (13 * i) % 60) }),
          }),
        );
      });
    });
    return { fraud, context };
  },
});
