// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "1-day severity-I admissions for conditions
// normally treated as outpatients". Variant with the times SCHEMA.md now carries: at a class D
// hospital with no earlier claims, patients with dyspepsia, gastritis or abdominal pain arrive
// at the emergency department in the evening (no referral needed there), are admitted and
// leave before eight the next morning: a night's observation billed as an inpatient stay.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-UNNEC-41',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Di RS kelas D tanpa klaim sebelumnya, pasien dispepsia, gastritis atau nyeri perut datang ke IGD malam hari, dirawat inap, dan pulang sebelum pukul delapan pagi: observasi semalam ditagih sebagai rawat inap keparahan I.',
    en: 'At a class D hospital with no earlier claims, patients with dyspepsia, gastritis or abdominal pain come to the emergency department in the evening, are admitted, and leave before eight the next morning: a night’s observation billed as a severity-I stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'D', offset: [-0.02, -0.02] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'UMUM', at: [rs] })];
    const patients = [
      ['L', '1986-03-03', '2026-01-07', ['K30'], '19:10', '07:05'],
      ['P', '1991-07-21', '2026-01-19', ['K29.7'], '20:35', '07:40'],
      ['L', '1979-11-11', '2026-02-04', ['R10.4'], '18:20', '06:55'],
      ['P', '1995-01-26', '2026-02-18', ['K30'], '21:05', '07:30'],
      ['L', '1983-06-09', '2026-03-02', ['K29.7'], '19:50', '07:15'],
      ['P', '1974-09-30', '2026-03-23', ['R10.4'], '20:10', '07:50'],
      ['L', '1990-12-12', '2026-04-13', ['K30'], '18:45', '07:20'],
      ['P', '1988-04-17', '2026-05-04', ['K29.7'], '19:30', '07:35'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, dx, masukAt, pulangAt], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PBI' : 'PPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1),
        cbg: 'K-4-17-I',
        dx,
        px: ['99.18'],
        dpjp: doctors[i % 2],
        billedRatio: 0.6,
        scale: own(i),
        sep: igd({ masukAt, pulangAt }),
      }),
    );
    return { fraud };
  },
});
