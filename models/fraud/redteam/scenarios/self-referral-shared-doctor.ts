import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-SELFREF-01',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter yang praktik di dua rumah sakit merawat pasien pneumonia satu hari di RS kelas D lalu merujuknya ke RS kelas B tempat ia juga praktik.',
    en: 'A doctor practising at two hospitals keeps pneumonia patients one day at a class D hospital, then refers them to the class B hospital where he also practises.',
  },
  build(ctx) {
    const small = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'D', offset: [0.02, -0.03] });
    const big = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'B', offset: [-0.01, 0.02] });
    const doctor = `D${small.facilityId}009`;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const patients = [
      ['L', '1955-02-02', '2026-01-15'],
      ['P', '1962-11-11', '2026-02-12'],
      ['L', '1948-07-07', '2026-03-12'],
      ['P', '1959-04-19', '2026-04-09'],
    ] as const;
    for (const [sex, born, day] of patients) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.bekasi.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: small,
          masuk: day,
          pulang: addDays(day, 1),
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44'],
          discharge: 2,
          dpjp: doctor,
        }),
      );
      context.push(
        ctx.claim({
          member: m,
          facility: big,
          masuk: addDays(day, 1),
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: ['87.44', '99.21'],
          dpjp: doctor,
        }),
      );
    }
    return { fraud, context };
  },
});
