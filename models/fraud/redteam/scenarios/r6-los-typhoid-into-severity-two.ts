// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and
// severity". A stretched stay is compared with its own group and severity, so the class D
// hospital lets the days make the severity: uncomplicated typhoid (A-4-11-I, norm four days)
// is kept eight or nine days and grouped A-4-11-II with volume depletion (E86) as the
// secondary. Against severity II's norm (5.4 days) the stays are long but not absurd. The care
// is that of a four-day severity-I stay (antibiotics, laboratory, consumables); only room and
// nursing follow the days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-LOS-61',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS kelas D menahan pasien tifoid tanpa komplikasi delapan atau sembilan hari sehingga dikelompokkan ke keparahan II (dehidrasi sebagai diagnosis sekunder); perawatannya setara rawat empat hari keparahan I, hanya kamar dan keperawatan mengikuti hari.',
    en: 'A class D hospital keeps uncomplicated typhoid patients eight or nine days so that they group to severity II (volume depletion as the secondary); the care is that of a four-day severity-I stay, only room and nursing follow the days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.kediri, hospitalClass: 'D', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1992-05-06', '2026-01-07', 8],
      ['P', '1987-10-13', '2026-01-26', 9],
      ['L', '2001-02-28', '2026-02-12', 8],
      ['P', '1979-07-09', '2026-03-05', 9],
      ['L', '1995-12-21', '2026-03-26', 8],
      ['P', '1983-04-16', '2026-04-14', 8],
      ['L', '1998-09-02', '2026-04-30', 9],
      ['P', '1990-01-24', '2026-05-13', 8],
    ] as const;
    // a four-day severity-I typhoid stay's bill (85% of A-4-11-I) over the severity-II tariff
    const severityOneBill = 0.85 / 1.45;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los], i) => {
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['A01.0']);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'A-4-11-II',
        dx: ['A01.0', 'E86'],
        px: ['99.21', '90.59'],
        dpjp: internist,
        billedRatio: severityOneBill,
        scale: times(bill(40 + i), { tarif_kamar: los / 4, tarif_keperawatan: los / 4 }),
        sep: inap(p.referral, { masukAt: '11:20', pulangAt: '09:30' }),
      });
    });
    return { fraud };
  },
});
