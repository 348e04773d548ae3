// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and
// severity". A hospital that saw week-long stays caught stays just inside: every stay of four
// ordinary groups (pneumonia, typhoid, gastroenteritis, urinary tract infection) at a class C
// hospital in Makassar runs two days past the group's norm, no more. Room and nursing follow
// the days; drugs, laboratory and consumables are those of the norm: the two days hold no care.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-LOS-51',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Setiap rawat inap empat kelompok biasa (pneumonia, tifoid, gastroenteritis, ISK) di RS kelas C di Makassar berlangsung tepat dua hari melewati norma kelompoknya; kamar dan perawatan mengikuti hari, obat, laboratorium dan BMHP setara norma.',
    en: 'Every stay of four ordinary groups (pneumonia, typhoid, gastroenteritis, urinary tract infection) at a class C hospital in Makassar runs exactly two days past its group norm; room and nursing follow the days, drugs, laboratory and consumables stay at the norm.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'C', offset: [0.02, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    // group, diagnoses, procedures, norm (days, data-samples/reference INA-CBG losNorm rounded)
    const groups = [
      ['J-4-16-I', ['J18.9'], ['87.44', '99.21'], 5],
      ['A-4-11-I', ['A01.0'], ['99.21'], 4],
      ['K-4-17-I', ['A09', 'E86'], ['99.18'], 3],
      ['N-4-11-I', ['N39.0'], ['57.94'], 3],
    ] as const;
    const patients = [
      ['L', '1961-02-03', '2026-01-07'],
      ['P', '1990-06-14', '2026-01-19'],
      ['L', '1983-11-21', '2026-02-02'],
      ['P', '1957-08-08', '2026-02-16'],
      ['P', '1972-04-29', '2026-03-02'],
      ['L', '1995-01-11', '2026-03-16'],
      ['P', '1979-09-30', '2026-03-30'],
      ['L', '1966-12-05', '2026-04-13'],
      ['L', '1950-05-18', '2026-04-22'],
      ['P', '1987-10-26', '2026-05-04'],
      ['L', '1998-03-07', '2026-05-11'],
      ['P', '1969-07-19', '2026-05-18'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const [cbg, dx, px, norm] = groups[i % groups.length] ?? groups[0];
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, dx);
      const stretch = (norm + 2) / norm;
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, norm + 2),
        cbg,
        dx,
        px,
        dpjp: internist,
        scale: times(bill(i), { tarif_kamar: stretch, tarif_keperawatan: stretch }),
        sep: inap(p.referral, { masukAt: '10:10', pulangAt: '10:45' }),
      });
    });
    return { fraud };
  },
});
