// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure billed but not done". The record says so
// itself: elective laparoscopic cholecystectomies cancelled on the day (the patients were
// found unfit or the theatre list overran) carry Z53.8, "procedure not carried out for other
// reasons" (ICD-10 chapter XXI), as a secondary diagnosis, yet the claims keep the procedure
// code, are grouped as a cholecystectomy (B-1-10-I) and bill most of a surgical fee; no
// operation time, home the next day.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-CANCEL-51',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Kolesistektomi laparoskopik elektif yang batal pada hari itu mencatat Z53.8 (tindakan tidak dilakukan) sebagai diagnosis sekunder, tetapi klaim tetap memuat kode tindakan, dikelompokkan B-1-10-I dan menagih sebagian besar jasa operasi; tanpa waktu operasi, pulang esok harinya.',
    en: 'Elective laparoscopic cholecystectomies cancelled on the day carry Z53.8 (procedure not carried out) as a secondary diagnosis, yet keep the procedure code, are grouped B-1-10-I and bill most of a surgical fee; no operation time, home the next day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sleman, hospitalClass: 'C', offset: [0.02, -0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['P', '1969-02-08', '2026-01-14'],
      ['P', '1975-06-19', '2026-02-11'],
      ['L', '1961-09-27', '2026-03-11'],
      ['P', '1980-11-03', '2026-04-08'],
      ['L', '1958-04-15', '2026-05-06'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['K80.2']);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1),
        cbg: 'B-1-10-I',
        dx: ['K80.2', 'Z53.8'],
        px: ['51.23'],
        dpjp: surgeon,
        scale: times(bill(i), { tarif_prosedur_bedah: 0.7, tarif_alkes: 0.2, tarif_sewa_alat: 0.3 }),
        sep: inap(p.referral, { masukAt: '07:30', pulangAt: '10:00', operasiAt: null }),
      });
    });
    return { fraud };
  },
});
