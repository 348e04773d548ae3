import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-TRANSFER-02',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Cedera kepala dengan perdarahan subdural di RS kelas D Sleman (tanpa bedah saraf): CT lalu dirujuk pagi berikutnya ke RS kelas B Yogyakarta untuk kraniotomi; dokter berbeda, dua pasien dua bulan terpisah.',
    en: 'Head injuries with subdural haemorrhage at a class D hospital in Sleman (no neurosurgery): CT, then referred the next morning to a class B hospital in Yogyakarta for craniotomy; different doctors, two patients two months apart.',
  },
  build(ctx) {
    const small = ctx.facility({ place: PLACES.sleman, hospitalClass: 'D', offset: [0.04, -0.02] });
    const neuro = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'B', offset: [-0.01, 0.03] });
    const patients = [
      ['L', '1986-12-01', '2026-01-24', '2026-01-25'],
      ['L', '1958-05-16', '2026-03-28', '2026-03-29'],
    ] as const;
    const nearMiss = patients.flatMap(([sex, born, masuk, next]) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: PLACES.sleman.regency });
      return [
        ctx.claim({
          member: m,
          facility: small,
          masuk,
          pulang: next,
          cbg: 'S-4-10-II',
          dx: ['S06.5', 'S01.8'],
          px: ['87.03'],
          specialCmg: ['SI-01'],
          discharge: 2,
          dpjp: 1,
        }),
        ctx.claim({
          member: m,
          facility: neuro,
          masuk: next,
          cbg: 'G-1-10-II',
          dx: ['S06.5', 'S01.8'],
          px: ['01.24', '87.03'],
          icuDays: 3,
          dpjp: 17,
        }),
      ];
    });
    return { nearMiss };
  },
});
