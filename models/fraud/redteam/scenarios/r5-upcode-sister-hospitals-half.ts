// DOMAIN.md section 3, UPCODING: "severity-III share vs peers of same hospital class and CBG;
// secondary diagnoses that raise severity with no supporting procedure or tariff component".
// What comes after severity III is caught: two class C hospitals of one owner in Semarang code
// half their heart-failure stays one step up, to severity II, by adding hypokalaemia (E87.6)
// with no electrolyte infusion and the laboratory of the severity-I stays beside them; the
// other half, by the same cardiologists, stay honest severity I. Each hospital alone shows a
// modest severity-II share.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-UPCODE-51',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Dua RS kelas C satu pemilik di Semarang mengode separuh rawat gagal jantung satu tingkat lebih tinggi (keparahan II) dengan menambah hipokalemia tanpa infus elektrolit dan dengan laboratorium setara keparahan I; separuh lainnya, oleh dokter jantung yang sama, tetap jujur keparahan I.',
    en: 'Two class C hospitals of one owner in Semarang code half their heart-failure stays one step up (severity II) by adding hypokalaemia, with no electrolyte infusion and the laboratory of a severity-I stay; the other half, by the same cardiologists, stay honest severity I.',
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', offset: [0.03, -0.01] });
    const b = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', offset: [-0.015, -0.03] });
    const cardiologists = new Map([
      [a.facilityId, ctx.doctor({ specialty: 'SP_JP', at: [a] })],
      [b.facilityId, ctx.doctor({ specialty: 'SP_JP', at: [b] })],
    ]);
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const stay = (f: Facility, sex: 'L' | 'P', born: string, day: string, i: number, upcoded: boolean) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: f.regency }),
        facility: f,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: upcoded ? 'I-4-12-II' : 'I-4-12-I',
        dx: upcoded ? ['I50.0', 'I10', 'E87.6'] : ['I50.0', 'I10'],
        px: ['89.52', '88.72'],
        dpjp: cardiologists.get(f.facilityId) ?? 1,
        coder: upcoded ? 2 : 1,
        // the hospital bill of a severity-I stay either way
        billedRatio: upcoded ? 0.6 : 0.87,
        scale: bill(i),
        sep: igd({ masukAt: `${18 + (i % 5)}:25` }),
      });
    const patients = [
      ['L', '1950-01-09', '2026-01-05'],
      ['P', '1954-03-21', '2026-01-14'],
      ['L', '1947-06-30', '2026-01-27'],
      ['P', '1959-12-02', '2026-02-05'],
      ['L', '1952-08-16', '2026-02-18'],
      ['P', '1945-10-24', '2026-03-03'],
      ['L', '1961-05-13', '2026-03-17'],
      ['P', '1956-02-07', '2026-04-01'],
    ] as const;
    for (const [f, shift] of [
      [a, 0],
      [b, 3],
    ] as const)
      patients.forEach(([sex, born, day], i) => {
        const claim = stay(f, sex, born, addDays(day, shift), i + shift, i % 2 === 1);
        (i % 2 === 1 ? fraud : context).push(claim);
      });
    return { context, fraud };
  },
});
