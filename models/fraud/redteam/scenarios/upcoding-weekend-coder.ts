import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-UPCODE-03',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Koder akhir pekan menambahkan hipokalemia dan anemia pada infeksi saluran kemih yang pulang Sabtu/Minggu sehingga naik ke keparahan III, tanpa lab, transfusi atau biaya yang mendukung; hari kerja tetap keparahan I (DOMAIN.md: diagnosis sekunder yang menaikkan keparahan tanpa tindakan atau komponen tarif pendukung).',
    en: 'A weekend coder adds hypokalaemia and anaemia to urinary tract infections discharged on Saturday or Sunday, raising them to severity III with no supporting lab, transfusion or cost; weekday discharges stay severity I (DOMAIN.md: severity-raising secondaries with no supporting procedure or tariff component).',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const who = (sex: 'L' | 'P', born: string) => ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: rs.regency });
    const uti = { facility: rs, px: ['57.94', '99.21'], dpjp: 2 } as const;
    const weekdays = [
      ['P', '1981-04-04', '2026-01-12', '2026-01-15'],
      ['P', '1966-08-19', '2026-01-27', '2026-01-29'],
      ['L', '1958-02-10', '2026-02-10', '2026-02-13'],
      ['P', '1990-10-30', '2026-03-10', '2026-03-12'],
    ] as const;
    const context = weekdays.map(([sex, born, masuk, pulang], i) =>
      ctx.claim({
        ...uti,
        member: who(sex, born),
        masuk,
        pulang,
        cbg: 'N-4-11-I',
        dx: ['N39.0'],
        coder: 1,
        scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
      }),
    );
    const weekend = [
      ['P', '1977-12-01', '2026-01-07', '2026-01-10'],
      ['L', '1962-06-06', '2026-01-22', '2026-01-25'],
      ['P', '1985-09-23', '2026-02-04', '2026-02-07'],
      ['P', '1970-01-15', '2026-02-19', '2026-02-22'],
      ['L', '1954-07-29', '2026-03-04', '2026-03-07'],
    ] as const;
    const fraud = weekend.map(([sex, born, masuk, pulang], i) =>
      ctx.claim({
        ...uti,
        member: who(sex, born),
        masuk,
        pulang,
        cbg: 'N-4-11-III',
        dx: ['N39.0', 'E87.6', 'D64.9'],
        coder: 4,
        billedRatio: 0.4,
        scale: { tarif_laboratorium: 0.6 - 0.03 * i, tarif_obat: 0.9 + 0.05 * i },
        components: { tarif_pelayanan_darah: 0 },
      }),
    );
    return { context, fraud };
  },
});
