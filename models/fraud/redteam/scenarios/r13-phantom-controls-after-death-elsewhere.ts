// DOMAIN.md section 3, PHANTOM_BILLING, "service after date of death", with the death known only
// from another hospital's claim: a new class C private hospital in Kabupaten Blitar (East Java)
// sees heart-failure and hypertension patients at its cardiology clinic every four weeks (context).
// Four of them are later admitted through the emergency room of the regency's government class B
// hospital and die there (discharge status 4, recorded by JKN; context). The clinic keeps billing
// their monthly control visit twice more after the death, on the usual rhythm, with the
// usual drugs: visits that never happened.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** Patients: first clinic day, and the day they die at the other hospital (null: alive). */
const PATIENTS = [
  ['2026-01-06', '2026-03-14'],
  ['2026-01-08', null],
  ['2026-01-13', '2026-02-21'],
  ['2026-01-15', null],
  ['2026-01-20', '2026-03-28'],
  ['2026-01-22', null],
  ['2026-01-27', '2026-02-28'],
  ['2026-01-29', null],
] as const;

export default defineScenario({
  id: 'RT-PHANTOM-131',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Poli jantung RS swasta kelas C baru di Kabupaten Blitar mengontrol pasien gagal jantung dan hipertensi tiap empat minggu. Empat pasien kemudian dirawat dan meninggal di RSUD kelas B di kabupaten yang sama (status pulang meninggal, tercatat di JKN); poli tetap menagih kontrol bulanan mereka dua kali lagi setelah kematian, dengan irama dan obat seperti biasa.',
    en: 'The cardiology clinic of a new class C private hospital in Kabupaten Blitar sees heart-failure and hypertension patients every four weeks. Four later die as inpatients at the regency’s government class B hospital (discharged dead, recorded by JKN); the clinic keeps billing their monthly control twice more after the death, on the usual rhythm with the usual drugs.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabBlitar, hospitalClass: 'C' });
    const rsud = ctx.facility({ place: PLACES13.kabBlitar, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.06, -0.08] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const rsudInternist = ctx.doctor({ specialty: 'SP_PD', at: [rsud] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    PATIENTS.forEach(([first, died], p) => {
      const member = patient(ctx, rs, first, p, { age: 57 + 3 * p });
      const followUp = ctx.hospitalReferral(rs, first);
      const heart = p % 2 === 0;
      const dx = heart ? ['I50.9', 'I10'] : ['I10'];
      for (let k = 0; k < 5; k++) {
        const day = clinicDay(addDays(first, 28 * k));
        if (day > '2026-05-30') break;
        const after = died !== null && day > died;
        if (died !== null && day > addDays(died, 60)) break;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'I-5-16-0',
          dx,
          px: ['89.52'],
          dpjp: cardiologist,
          scale: bill(13_800 + 5 * p + k),
          components: { tarif_obat_kronis: 260_000 + 15_000 * p },
          sep: jalan(k === 0 ? referredBy(ctx, member, puskesmas, rs, day, dx) : followUp, {
            masukAt: hhmm(8 + (p % 4), (9 * p + k) % 60),
          }),
        });
        (after ? fraud : context).push(claim);
      }
      if (died !== null) {
        const admitted = addDays(died, -3);
        context.push(
          ctx.claim({
            member,
            facility: rsud,
            masuk: admitted,
            pulang: died,
            cbg: 'I-4-12-III',
            dx: ['I50.0', 'I11.0', 'N17.9'],
            px: ['89.52', '88.72'],
            dpjp: rsudInternist,
            discharge: 4,
            icuDays: 2,
            scale: bill(13_850 + p),
            sep: igd({ masukAt: hhmm(2 + p, 10), pulangAt: '15:40' }),
          }),
        );
        ctx.death({ member, date: died, source: 'JKN' });
      }
    });
    return { fraud, context };
  },
});
