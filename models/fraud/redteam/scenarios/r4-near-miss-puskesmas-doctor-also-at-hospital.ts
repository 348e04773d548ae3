// Near miss of SELF_REFERRAL ("referral loops between facilities sharing doctors"). In a
// regency with one general hospital, the puskesmas doctor also works emergency shifts there
// (a second licence, Permenkes 2052/2011 allows three). She refers her sick patients to that
// hospital, as every puskesmas of the regency does; the hospital's specialists, not she, are
// the DPJP, and the stays are of ordinary length and severity for what was referred.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-REFER-42',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter puskesmas yang juga berjaga di IGD satu-satunya RS umum kabupaten merujuk pasiennya ke RS itu seperti puskesmas lain; DPJP-nya dokter spesialis RS, lama dan keparahan rawat wajar.',
    en: 'A puskesmas doctor who also works emergency shifts at the regency’s only general hospital refers her patients there like every other puskesmas; the hospital’s specialists are the DPJP, stays of ordinary length and severity.',
  },
  build(ctx) {
    const place = PLACES.kupang;
    const rs = ctx.facility({ place, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.02, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    // the puskesmas doctor, licensed at both: she refers, she is never the DPJP
    ctx.doctor({ specialty: 'UMUM', at: [puskesmas, rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const patients = [
      ['L', '1978-02-12', '2026-01-20', 'A-4-11-I', ['A01.0'], ['99.21'], internist],
      ['P', '2018-07-07', '2026-02-03', 'A-4-13-I', ['A90'], ['90.59'], paediatrician],
      ['L', '1965-10-30', '2026-02-17', 'J-4-16-I', ['J18.9'], ['87.44', '99.21'], internist],
      ['P', '1983-04-04', '2026-03-10', 'N-4-11-I', ['N39.0'], ['57.94'], internist],
      ['L', '2016-12-19', '2026-03-31', 'K-4-17-I', ['A09', 'E86'], ['99.18'], paediatrician],
      ['P', '1959-08-25', '2026-04-21', 'E-4-10-I', ['E11.6'], ['99.18'], internist],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, cbg, dx, px, dpjp], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, day, dx);
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        cbg,
        dx,
        px,
        dpjp,
        scale: own(i),
        sep: inap(referral, { masukAt: '12:45' }),
      });
    });
    return { nearMiss };
  },
});
