// DOMAIN.md section 3, UPCODING; SCHEMA.md fktp_visits and prb_claims. Adults over forty with
// asthma, followed for years at their puskesmas and collecting asthma drugs (J45.9) through
// the chronic programme, are admitted with an attack at a class C government hospital and
// coded as a COPD exacerbation (J44.1, COPD J-4-10, Rp3.1M) instead of asthma (J45.9,
// asthma and bronchitis J-4-19, Rp2.0M). The age fits COPD, so no age rule objects; nothing
// else does: nebulised oxygen only, no chest X-ray, three days, the bill of an asthma stay,
// and the primary-care record says asthma before and after.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-UPCODE-73',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Penderita asma berusia di atas 40 tahun (riwayat J45.9 di puskesmas dan PRB) dirawat karena serangan dan dikode eksaserbasi PPOK (J44.1, kelompok PPOK, 1,55 kali tarif): hanya oksigen nebulisasi, tanpa foto toraks, tiga hari, tagihan setara rawat asma.',
    en: 'Asthmatics over forty (J45.9 on their puskesmas and PRB record) admitted with an attack are coded as COPD exacerbations (J44.1, the COPD group, 1.55 times the tariff): nebulised oxygen only, no chest X-ray, three days, the bill of an asthma stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.bukittinggi, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const patients = [
      ['P', '1979-05-12', '2026-01-14'],
      ['L', '1974-08-29', '2026-02-03'],
      ['P', '1968-02-07', '2026-02-24'],
      ['P', '1981-10-16', '2026-03-17'],
      ['L', '1972-06-25', '2026-04-07'],
      ['P', '1965-12-01', '2026-05-05'],
    ] as const;
    // an asthma stay's bill (85% of J-4-19-I) over the COPD tariff (J-4-10-I)
    const asthmaBill = (0.85 * 2_000_000) / 3_100_000;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -75 + i), dx: ['J45.9'] });
      for (const k of [-40, -10, 25])
        ctx.prbClaim({ member, fktp: puskesmas, date: addDays(day, k), dx: 'J45.9', days: 30, cost: 164_000 + 4_000 * i });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 40 + i), dx: ['J45.9'] });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'J-4-10-I',
        dx: ['J44.1'],
        px: ['93.96'],
        dpjp: pulmonologist,
        billedRatio: asthmaBill,
        // no chest X-ray taken: the radiology line is empty
        scale: { ...bill(720 + i), tarif_radiologi: 0 },
        sep: igd({ masukAt: hhmm(2 + 3 * i, 40) }),
      });
    });
    return { fraud };
  },
});
