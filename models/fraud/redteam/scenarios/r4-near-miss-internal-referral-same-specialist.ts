// Near miss of SELF_REFERRAL ("referral loops between facilities sharing doctors"). A
// pulmonologist sees an FKTP-referred patient in his hospital clinic, finds pneumonia needing
// admission and admits the patient to his own ward the same day: the inpatient SEP carries the
// hospital's own internal referral (asal_rujukan 2, ppk_rujukan the hospital itself), the DPJP
// is the referring doctor, and he also holds a licence at a second hospital. This is how
// specialist care works (the clinic visit is part of the stay, not billed apart): full-length
// severity-II stays with oxygen and antibiotics.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-REFER-41',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Dokter paru memeriksa pasien rujukan FKTP di polinya, menemukan pneumonia yang perlu dirawat dan merawatnya di bangsalnya sendiri hari itu dengan rujukan internal RS (asal 2, PPK RS itu sendiri); ia juga berizin di RS lain. Rawat keparahan II penuh dengan oksigen dan antibiotik.',
    en: 'A pulmonologist sees an FKTP-referred patient in his clinic, finds pneumonia needing admission and admits the patient to his own ward that day on the hospital’s internal referral (asal 2, the hospital itself); he also holds a licence elsewhere. Full severity-II stays with oxygen and antibiotics.',
  },
  build(ctx) {
    const place = PLACES.bandung;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, -0.01] });
    const other = ctx.facility({ place, hospitalClass: 'C', offset: [0.03, 0.02] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs, other] });
    const patients = [
      ['L', '1952-05-05', '2026-01-13'],
      ['P', '1960-09-17', '2026-02-10'],
      ['L', '1947-01-29', '2026-03-10'],
      ['P', '1956-06-02', '2026-04-07'],
      ['L', '1963-11-23', '2026-04-28'],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      referredBy(ctx, m, puskesmas, rs, day, ['J18.9']);
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        cbg: 'J-4-16-II',
        dx: ['J18.9', 'E86'],
        px: ['87.44', '93.96', '99.21'],
        dpjp: pulmonologist,
        scale: own(i),
        sep: inap(ctx.hospitalReferral(rs, day), { masukAt: '11:20', pulangAt: '10:30' }),
      });
    });
    return { nearMiss };
  },
});
