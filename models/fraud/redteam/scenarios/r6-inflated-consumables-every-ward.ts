// DOMAIN.md section 3, INFLATED_BILL: "drugs, devices, consumables inflated; tariff components
// as outliers within the same CBG". Single claims five times their group are caught, so a
// private class C hospital raises the whole house a little: every stay of four ordinary groups
// (pneumonia, dengue, gastroenteritis, urinary tract infection) bills consumables (BMHP) at 1.7
// to 2 times and drugs at 1.5 to 1.7 times what the same care costs elsewhere, never more.
// Nothing else on the bills differs from ordinary stays.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-INFLATED-61',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C menaikkan semua tagihan sedikit: setiap rawat empat kelompok biasa (pneumonia, dengue, gastroenteritis, ISK) menagih BMHP 1,7-2 kali dan obat 1,5-1,7 kali biaya perawatan yang sama di tempat lain, tidak lebih.',
    en: 'A private class C hospital raises every bill a little: every stay of four ordinary groups (pneumonia, dengue, gastroenteritis, urinary tract infection) bills consumables at 1.7-2 times and drugs at 1.5-1.7 times what the same care costs elsewhere, never more.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.banjarmasin, hospitalClass: 'C', offset: [0.01, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const groups = [
      ['J-4-16-I', ['J18.9'], ['87.44', '99.21'], 5],
      ['A-4-13-I', ['A90'], ['90.59'], 4],
      ['K-4-17-I', ['A09', 'E86'], ['99.18'], 3],
      ['N-4-11-I', ['N39.0'], ['57.94'], 3],
    ] as const;
    const patients = [
      ['P', '1975-01-18', '2026-01-08'],
      ['L', '1988-06-02', '2026-01-21'],
      ['P', '1962-10-27', '2026-02-05'],
      ['L', '1993-03-11', '2026-02-19'],
      ['L', '1958-08-23', '2026-03-06'],
      ['P', '1999-12-15', '2026-03-25'],
      ['L', '1970-05-09', '2026-04-08'],
      ['P', '1984-11-01', '2026-04-21'],
      ['L', '1966-02-20', '2026-05-04'],
      ['P', '1991-07-13', '2026-05-15'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const [cbg, dx, px, los] = groups[i % groups.length] ?? groups[0];
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, dx);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg,
        dx,
        px,
        dpjp: internist,
        scale: times(bill(90 + i), { tarif_bmhp: 1.7 + 0.03 * (i % 11), tarif_obat: 1.5 + 0.02 * (i % 11) }),
        sep: inap(p.referral),
      });
    });
    return { fraud };
  },
});
