// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis cluster;
// observed/expected by hospital". Two class C hospitals of one owner, three kilometres apart,
// share a cardiologist (licensed at both). Heart-failure patients discharged from one are
// readmitted 8-20 days later at the other, and then back at the first: each hospital's own
// readmission rate looks ordinary, the patients' is not.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-READMIT-41',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Dua RS kelas C satu pemilik berjarak tiga kilometer berbagi seorang dokter jantung: pasien gagal jantung yang pulang dari satu RS dirawat lagi 8-20 hari kemudian di RS lainnya, lalu kembali ke RS pertama.',
    en: 'Two class C hospitals of one owner, three kilometres apart, share a cardiologist: heart-failure patients discharged from one are readmitted 8-20 days later at the other, then back at the first.',
  },
  build(ctx) {
    const place = PLACES.sidoarjo;
    const a = ctx.facility({ place, hospitalClass: 'C', offset: [0.03, 0.01] });
    const b = ctx.facility({ place, hospitalClass: 'C', offset: [0.005, 0.02] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [a, b] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1950-03-03', '2026-01-05', 9, 12],
      ['P', '1955-08-19', '2026-01-26', 14, 8],
      ['L', '1948-12-12', '2026-02-16', 11, 17],
      ['P', '1958-05-25', '2026-03-02', 8, 13],
      ['L', '1953-10-08', '2026-03-16', 16, 10],
    ] as const;
    patients.forEach(([sex, born, first, gap1, gap2], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      const stay = (facility: typeof a, day: string, k: number) =>
        ctx.claim({
          member: m,
          facility,
          masuk: day,
          pulang: addDays(day, 5),
          cbg: 'I-4-12-I',
          dx: ['I50.0', 'I10'],
          px: ['89.52', '88.72'],
          dpjp: cardiologist,
          scale: own(3 * i + k),
          sep: igd({ masukAt: `${20 + k}:10` }),
        });
      const second = addDays(first, 5 + gap1);
      const third = addDays(second, 5 + gap2);
      context.push(stay(a, first, 0));
      fraud.push(stay(b, second, 1), stay(a, third, 2));
    });
    return { context, fraud };
  },
});
