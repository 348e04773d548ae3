// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity".
// Variant: patients fit to go home on Friday are kept over the weekend because the DPJP does
// not round on Saturdays and Sundays, and discharged at seven on Monday morning: eight-day
// pneumonia stays (the group's norm is five) whose last three days bill a room, nursing and
// nothing else (drugs, tests and consumables of a five-day stay).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-LOS-41',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Pasien pneumonia yang layak pulang Jumat ditahan melewati akhir pekan karena DPJP tidak visite Sabtu-Minggu dan dipulangkan Senin pukul tujuh: rawat delapan hari (norma lima), tiga hari terakhir hanya kamar dan perawatan.',
    en: 'Pneumonia patients fit to go home on Friday are kept over the weekend because the DPJP does not round on Saturday and Sunday, and sent home at seven on Monday: eight-day stays (norm five), the last three days only room and nursing.',
  },
  build(ctx) {
    const place = PLACES.yogyakarta;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [-0.015, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    // Sundays 2026: admitted on a Sunday, home on the Monday eight days later
    const patients = [
      ['L', '1953-03-17', '2026-01-11'],
      ['P', '1949-07-08', '2026-01-25'],
      ['L', '1961-10-29', '2026-02-15'],
      ['P', '1957-02-20', '2026-03-01'],
      ['L', '1945-12-05', '2026-03-22'],
      ['P', '1964-05-13', '2026-04-12'],
      ['L', '1951-08-01', '2026-04-26'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, sunday], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, sunday, ['J18.9']);
      // eight days: room and nursing x1.6 against a five-day bill, the rest unchanged
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: sunday,
        pulang: addDays(sunday, 8),
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '99.21'],
        dpjp: internist,
        scale: { ...own(i), tarif_kamar: 1.6 + 0.02 * (i % 3), tarif_keperawatan: 1.55 + 0.03 * (i % 2), tarif_obat: 0.9 + 0.05 * (i % 3) },
        sep: inap(referral, { masukAt: '10:30', pulangAt: '07:00' }),
      });
    });
    return { fraud };
  },
});
