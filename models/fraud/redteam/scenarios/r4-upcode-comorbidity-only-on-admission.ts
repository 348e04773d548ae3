// DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity with no supporting
// procedure or tariff component". Diabetics seen every month in the endocrine clinic of a
// class C hospital (E11.9 alone on six visits) are, when admitted, coded severity III with
// chronic kidney disease and heart failure: comorbidities that appear on that one claim and
// on none of the member's visits before or after, with no echocardiogram, no dialysis and the
// stay and bill of an uncomplicated diabetic admission.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-UPCODE-42',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Pasien diabetes yang tiap bulan kontrol di poli endokrin (hanya E11.9) dikode keparahan III saat rawat inap dengan penyakit ginjal kronik dan gagal jantung yang tidak pernah muncul di kunjungan sebelum atau sesudahnya, tanpa ekokardiografi atau dialisis.',
    en: 'Diabetics seen monthly in the endocrine clinic (E11.9 only) are coded severity III when admitted, with chronic kidney disease and heart failure that appear on no visit before or after, with no echocardiogram or dialysis.',
  },
  build(ctx) {
    const place = PLACES.semarang;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, -0.02] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const patients = [
      ['L', '1957-04-09', '2026-02-11'],
      ['P', '1962-08-30', '2026-02-25'],
      ['L', '1953-11-05', '2026-03-11'],
      ['P', '1960-01-24', '2026-03-25'],
      ['L', '1965-06-18', '2026-04-08'],
    ] as const;
    patients.forEach(([sex, born, day], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 2, regency: place.regency });
      // one FKTP referral covers the clinic for 90 days; monthly visits from January to May
      const clinicReferral = referredBy(ctx, m, puskesmas, rs, '2026-01-05', ['E11.9']);
      for (let k = 0; k < 5; k++) {
        const visit = addDays('2026-01-07', 28 * k + i);
        if (Math.abs(Date.parse(visit) - Date.parse(day)) < 6 * 86_400_000) continue;
        context.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: visit,
            cbg: 'E-5-11-0',
            dx: ['E11.9'],
            px: ['90.59'],
            dpjp: internist,
            scale: own(5 * i + k + 7),
            sep: jalan(k < 3 ? clinicReferral : ctx.hospitalReferral(rs, addDays(visit, -28)), { masukAt: '09:10', pulangAt: '10:40' }),
          }),
        );
      }
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 5),
          cbg: 'E-4-10-III',
          dx: ['E11.9', 'N18.9', 'I50.9'],
          px: ['99.18'],
          dpjp: internist,
          coder: 3,
          billedRatio: 0.42,
          scale: own(i),
          sep: inap(ctx.hospitalReferral(rs, day), { masukAt: '11:00' }),
        }),
      );
    });
    return { fraud, context };
  },
});
