// DOMAIN.md section 3, UNBUNDLING: "several SEPs for one patient on the same or adjacent days;
// outpatient and inpatient same day". The same-day test is dodged by the clock: a febrile
// patient seen in the emergency department at ten at night (blood count, paracetamol) is billed
// as an outpatient emergency visit that closes at 23:50, and admitted with dengue at 00:20 the
// next day under a second SEP. The workup of the visit is the start of the stay, which the
// inpatient tariff already pays (Permenkes 76/2016: one episode, one claim).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-UNBUND-51',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Pasien demam diperiksa di IGD pukul sepuluh malam (darah rutin, parasetamol), ditagih sebagai kunjungan IGD rawat jalan yang ditutup pukul 23.50, lalu dirawat inap dengue pukul 00.20 hari berikutnya dengan SEP kedua: satu episode dipecah di tengah malam.',
    en: 'A febrile patient seen in the emergency department at ten at night (blood count, paracetamol) is billed as an outpatient emergency visit closed at 23:50, then admitted with dengue at 00:20 the next day under a second SEP: one episode split at midnight.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C', offset: [0.015, 0.02] });
    const onDuty = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1997-05-05', '2026-01-17'],
      ['P', '2004-02-12', '2026-01-29'],
      ['L', '1989-08-19', '2026-02-08'],
      ['P', '1993-10-03', '2026-02-20'],
      ['L', '2008-06-26', '2026-03-06'],
      ['P', '1980-12-14', '2026-03-27'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'Q-5-42-0',
          dx: ['R50.9'],
          px: ['90.59'],
          dpjp: onDuty,
          scale: bill(i + 10),
          sep: igd({ masukAt: `22:${String(5 + i * 3).padStart(2, '0')}`, pulangAt: '23:50' }),
        }),
      );
      const next = addDays(day, 1);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: next,
          pulang: addDays(next, 4),
          cbg: 'A-4-13-I',
          dx: ['A90', 'D69.6'],
          px: ['90.59'],
          dpjp: internist,
          scale: bill(i),
          sep: igd({ masukAt: '00:20' }),
        }),
      );
    });
    return { context, fraud };
  },
});
