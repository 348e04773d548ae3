// DOMAIN.md section 3, READMISSION: "readmitted within 30 days with the same diagnosis
// cluster". COPD exacerbations are sent home after two days (the group norm is five) and come
// back three to eight days later; the readmission is coded with pneumonia as the primary
// diagnosis and the exacerbation (J44.1) as a secondary, so the primary category and the
// case-mix group both differ from the first stay while the condition is the same. Bronchitic
// COPD patients discharged early relapse (GOLD 2024: follow-up within 1-4 weeks of discharge).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-READMIT-51',
  kind: 'fraud',
  code: 'READMISSION',
  description: {
    id: 'Eksaserbasi PPOK dipulangkan setelah dua hari (norma lima) dan kembali tiga sampai delapan hari kemudian; rawat ulangnya dikode dengan pneumonia sebagai diagnosis utama dan eksaserbasi PPOK (J44.1) sebagai sekunder, sehingga kategori diagnosis utama dan kelompok CBG berbeda padahal penyakitnya sama.',
    en: 'COPD exacerbations sent home after two days (norm five) come back three to eight days later; the readmission is coded with pneumonia as the primary diagnosis and the exacerbation (J44.1) as a secondary, so the primary category and case-mix group differ while the condition is the same.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'B', offset: [-0.02, -0.02] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['L', '1949-03-09', '2026-01-11', 4],
      ['L', '1953-07-22', '2026-02-01', 6],
      ['P', '1947-11-14', '2026-02-22', 3],
      ['L', '1956-01-05', '2026-03-15', 8],
      ['L', '1951-05-28', '2026-04-05', 5],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day, gap], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      const home = addDays(day, 2);
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'J-4-10-I',
          dx: ['J44.1'],
          px: ['93.96', '87.44'],
          dpjp: pulmonologist,
          billedRatio: 0.6,
          scale: bill(i),
          sep: igd({ masukAt: '02:40' }),
        }),
      );
      const back = addDays(home, gap);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: back,
          pulang: addDays(back, 6),
          cbg: 'J-4-16-II',
          dx: ['J18.9', 'J44.1'],
          px: ['87.44', '93.96', '99.21'],
          dpjp: pulmonologist,
          scale: bill(i + 2),
          sep: igd({ masukAt: '19:55' }),
        }),
      );
    });
    return { context, fraud };
  },
});
