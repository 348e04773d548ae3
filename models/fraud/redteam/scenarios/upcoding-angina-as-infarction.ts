import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-UPCODE-04',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Nyeri dada/angina dikode sebagai infark miokard akut (I21.9) dengan rawat 2 hari, hanya EKG, tanpa ekokardiografi, ICU atau trombolisis, tagihan setara angina (DOMAIN.md: diagnosis dikode lebih tinggi tanpa tindakan atau komponen tarif pendukung).',
    en: 'Chest pain and angina coded as acute myocardial infarction (I21.9): 2-day stays, an ECG only, no echocardiography, ICU or thrombolysis, bills the size of an angina stay (DOMAIN.md: diagnosis coded higher with no supporting procedure or tariff component).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'C' });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1964-03-08', '2026-01-13'],
      ['P', '1959-09-21', '2026-02-03'],
      ['L', '1971-01-30', '2026-02-24'],
      ['L', '1968-07-12', '2026-03-17'],
      ['P', '1962-05-05', '2026-04-07'],
    ] as const;
    for (const [i, [sex, born, masuk]] of patients.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.pekanbaru.regency });
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk,
          pulang: addDays(masuk, 2),
          cbg: 'I-4-10-I',
          dx: ['I21.9', 'I10'],
          px: ['89.52'],
          dpjp: 2,
          billedRatio: 0.36,
          scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
        }),
      );
    }
    return { fraud };
  },
});
