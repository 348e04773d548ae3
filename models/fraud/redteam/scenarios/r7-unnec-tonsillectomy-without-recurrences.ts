// DOMAIN.md section 3, UNNECESSARY_TREATMENT ("treatment without medical need"); SCHEMA.md
// fktp_visits. Tonsillectomy for recurrent throat infection is indicated after seven episodes
// in a year, five a year for two years or three a year for three (Paradise criteria; AAO-HNS
// guideline 2019). A private class C hospital operates children whose puskesmas record shows
// one acute tonsillitis in the past year, the visit that referred them one to three weeks
// before; the claim codes chronic tonsillitis (J35.0). The operations happen.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-UNNEC-71',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS swasta kelas C melakukan tonsilektomi pada anak yang catatan puskesmasnya hanya menunjukkan satu tonsilitis akut dalam setahun (kunjungan yang merujuk, satu sampai tiga minggu sebelumnya), padahal indikasinya tujuh episode setahun (kriteria Paradise); klaim mengode tonsilitis kronis.',
    en: 'A private class C hospital removes the tonsils of children whose puskesmas record shows one acute tonsillitis in a year (the referring visit, one to three weeks before), where the indication is seven episodes a year (Paradise criteria); the claim codes chronic tonsillitis.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.sukabumi, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = ctx.doctor({ specialty: 'SP_THT', at: [rs] });
    const children = [
      ['L', '2017-03-09', '2026-01-12', 9],
      ['P', '2015-08-21', '2026-01-26', 14],
      ['L', '2019-01-14', '2026-02-09', 7],
      ['P', '2016-10-02', '2026-02-23', 18],
      ['L', '2018-06-27', '2026-03-09', 11],
      ['P', '2014-12-05', '2026-03-23', 8],
      ['L', '2020-04-18', '2026-04-06', 16],
    ] as const;
    const fraud: BuiltClaim[] = children.map(([sex, born, day, after], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      // a healthy visit months before (immunisation, growth) and the one sore throat that referred
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -(150 + 9 * i)), dx: [] });
      const referral = ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -after), dx: ['J03.9'], referTo: rs });
      if (!referral) throw new Error('a visit with referTo writes a referral');
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'U-1-13-I',
        dx: ['J35.0'],
        px: ['28.2'],
        dpjp: ent,
        scale: bill(960 + i),
        sep: inap(referral, { masukAt: '07:45' }),
      });
    });
    return { fraud };
  },
});
