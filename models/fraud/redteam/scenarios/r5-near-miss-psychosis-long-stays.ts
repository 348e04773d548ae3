// Near miss of PROLONGED_LOS ("LOS above the 90th percentile for the CBG and severity"). Acute
// psychosis admitted to a government mental hospital (RSK jiwa) stays three to five weeks: the
// response to an antipsychotic is judged after two to four weeks at an adequate dose (APA
// Practice Guideline for the Treatment of Patients With Schizophrenia, 3rd ed. 2020), and
// discharge waits for the family to be ready. The stays run 21-32 days where the group's norm
// is ten, and every day has its care on the bill: drugs, nursing, the psychiatrist's rounds.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-PSYCH-51',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Psikosis akut di RS jiwa pemerintah dirawat tiga sampai lima minggu (respons antipsikotik dinilai setelah dua sampai empat minggu): 21-32 hari padahal norma kelompok sepuluh hari, dan setiap hari ada perawatannya di tagihan (obat, keperawatan, visite psikiater).',
    en: 'Acute psychosis at a government mental hospital stays three to five weeks (antipsychotic response is judged after two to four weeks): 21-32 days where the group norm is ten, and every day has its care on the bill (drugs, nursing, the psychiatrist’s rounds).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', type: 'RSK', ownership: 'PEMERINTAH', offset: [-0.03, -0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    // the registry's specialties (data-samples/reference/clinical.ts) have no psychiatry: the ward's DPJPs are registered as UMUM
    const psychiatrists = [ctx.doctor({ specialty: 'UMUM', at: [rs] }), ctx.doctor({ specialty: 'UMUM', at: [rs] })];
    const patients = [
      ['L', '1994-03-03', '2026-01-05', 24, 'F20.9'],
      ['P', '1987-07-17', '2026-01-21', 29, 'F31.9'],
      ['L', '1999-10-09', '2026-02-10', 21, 'F29'],
      ['L', '1982-05-26', '2026-03-02', 32, 'F20.9'],
      ['P', '1991-12-12', '2026-03-23', 26, 'F20.9'],
      ['L', '1978-08-30', '2026-04-06', 23, 'F31.9'],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, los, dx], i) => {
      const perDay = los / 10;
      const spec = { sex, birthDate: born, segment: 'PBI', careClass: 3 } as const;
      const referred = i % 2 === 0;
      const p = referred
        ? referredPatient(ctx, spec, puskesmas, rs, day, [dx])
        : { member: ctx.member({ ...spec, regency: rs.regency }), referral: null };
      return ctx.claim({
        member: p.member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'F-4-10-I',
        dx: [dx],
        px: ['94.25'],
        dpjp: psychiatrists[i % 2] ?? 1,
        scale: times(bill(i), {
          tarif_kamar: perDay,
          tarif_keperawatan: perDay,
          tarif_obat: perDay,
          tarif_tenaga_ahli: perDay,
          tarif_konsultasi: perDay,
        }),
        sep: p.referral ? inap(p.referral) : igd({ masukAt: '23:20' }),
      });
    });
    return { nearMiss };
  },
});
