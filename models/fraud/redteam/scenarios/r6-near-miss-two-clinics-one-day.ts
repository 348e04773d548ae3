// Near miss of UNBUNDLING (two SEPs of one patient on the same day at one hospital). Older
// diabetics are seen in the endocrine clinic and, the same morning, sent by the internist on
// an internal referral to the eye clinic (diabetic patients need a yearly eye examination:
// PERKENI 2021) or to the cardiac clinic for their hypertension: another doctor, another
// condition, another group, each visit its own care. Patients come in from far and the
// hospital lets them see both clinics on one trip.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, clinicDay } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-TWOCLINICS-61',
  kind: 'near_miss',
  code: 'UNBUNDLING',
  description: {
    id: 'Pasien diabetes lansia diperiksa di poli endokrin dan pagi yang sama dirujuk internal ke poli mata (pemeriksaan mata tahunan) atau poli jantung untuk hipertensinya: dokter, penyakit dan kelompok lain, masing-masing perawatannya sendiri, dalam satu perjalanan dari desa.',
    en: 'Older diabetics are seen in the endocrine clinic and, the same morning, referred internally to the eye clinic (yearly eye examination) or the cardiac clinic for their hypertension: another doctor, condition and group, each with its own care, on one trip from their village.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.bogor, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.03, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const ophthalmologist = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const patients = [
      ['P', '1955-03-06', '2026-01-14', 'eye'],
      ['L', '1951-10-22', '2026-01-28', 'heart'],
      ['P', '1958-07-09', '2026-02-11', 'eye'],
      ['L', '1949-12-17', '2026-03-04', 'heart'],
      ['P', '1962-05-25', '2026-04-08', 'eye'],
      ['L', '1956-02-03', '2026-04-29', 'heart'],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    patients.forEach(([sex, born, date, second], i) => {
      const day = clinicDay(date);
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const referral = ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -10), dx: ['E11.9'], referTo: rs });
      if (!referral) throw new Error('a visit with referTo writes a referral');
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'E-5-11-0',
          dx: ['E11.9'],
          px: ['90.59'],
          dpjp: internist,
          scale: bill(400 + i),
          sep: jalan(referral, { masukAt: '08:10', pulangAt: '09:20' }),
        }),
      );
      const internal = ctx.hospitalReferral(rs, day);
      nearMiss.push(
        second === 'eye'
          ? ctx.claim({
              member,
              facility: rs,
              masuk: day,
              cbg: 'H-5-14-0',
              dx: ['H40.9', 'E11.9'],
              dpjp: ophthalmologist,
              scale: bill(410 + i),
              sep: jalan(internal, { masukAt: '10:05', pulangAt: '11:30' }),
            })
          : ctx.claim({
              member,
              facility: rs,
              masuk: day,
              cbg: 'I-5-16-0',
              dx: ['I10', 'E11.9'],
              px: ['89.52'],
              dpjp: cardiologist,
              scale: bill(410 + i),
              sep: jalan(internal, { masukAt: '10:20', pulangAt: '12:00' }),
            }),
      );
    });
    return { nearMiss };
  },
});
