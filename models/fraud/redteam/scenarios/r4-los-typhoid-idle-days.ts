// DOMAIN.md section 3, PROLONGED_LOS: "length of stay stretched". Typhoid (A-4-11-I, norm four
// days) kept nine to ten days at a class B hospital with no earlier claims: the drugs,
// laboratory and consumables are those of a four-day course, only room and nursing grow with
// the days. The cost per day falls as the stay lengthens: days with no treatment in them.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-LOS-42',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Demam tifoid (norma empat hari) dirawat sembilan sampai sepuluh hari di RS kelas B tanpa klaim sebelumnya: obat, laboratorium dan BMHP setara empat hari, hanya kamar dan perawatan yang bertambah.',
    en: 'Typhoid (norm four days) kept nine to ten days at a class B hospital with no earlier claims: drugs, laboratory and consumables of a four-day course, only room and nursing grow with the days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.03, 0.03] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['L', '1992-04-04', '2026-01-09', 9],
      ['P', '1985-09-15', '2026-01-30', 10],
      ['L', '1998-12-22', '2026-02-20', 9],
      ['P', '1979-06-01', '2026-03-13', 10],
      ['L', '1988-02-11', '2026-04-03', 9],
      ['P', '1995-10-27', '2026-04-24', 10],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, los], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PPU', careClass: 2, regency: rs.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, day, ['A01.0']);
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'A-4-11-I',
        dx: ['A01.0'],
        px: ['99.21'],
        dpjp: internist,
        scale: { tarif_kamar: los / 4, tarif_keperawatan: (los / 4) * (0.95 + 0.03 * (i % 3)), tarif_obat: 0.92 + 0.04 * (i % 3) },
        sep: inap(referral, { masukAt: '11:15', pulangAt: '12:30' }),
      });
    });
    return { fraud };
  },
});
