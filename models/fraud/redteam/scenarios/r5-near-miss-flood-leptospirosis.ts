// Near miss of CLONING ("near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor or day"). Leptospirosis follows floods in Jakarta: wading through
// flood water contaminated by rat urine (Kemenkes outbreaks after the 2002 and 2007 floods;
// WHO Human Leptospirosis 2003). After a February flood, eleven residents of one district
// come to the same class C hospital within twelve days and are treated by its two internists
// with the same diagnosis, antibiotics and blood tests; some with kidney involvement (Weil's
// disease) at severity II. Each bill is the patient's own: days, drugs, laboratory differ.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-OUTBREAK-51',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Setelah banjir Februari, sebelas warga satu kecamatan datang ke RS kelas C yang sama dalam dua belas hari dengan leptospirosis dan dirawat dua internis dengan diagnosis, antibiotik dan pemeriksaan darah yang sama, sebagian dengan gangguan ginjal (keparahan II); tiap tagihan milik pasiennya sendiri.',
    en: 'After a February flood, eleven residents of one district come to the same class C hospital within twelve days with leptospirosis and are treated by its two internists with the same diagnosis, antibiotics and blood tests, some with kidney involvement (severity II); each bill is the patient’s own.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'C', offset: [0.03, -0.025] });
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const patients = [
      ['L', '1981-04-12', 0, 4, false],
      ['L', '1975-08-03', 1, 5, false],
      ['P', '1990-02-26', 1, 4, false],
      ['L', '1968-11-19', 2, 7, true],
      ['L', '1999-06-07', 3, 4, false],
      ['P', '1985-09-30', 4, 5, false],
      ['L', '1972-01-15', 5, 8, true],
      ['L', '1993-07-22', 6, 4, false],
      ['P', '1979-03-09', 8, 6, false],
      ['L', '1963-10-28', 9, 7, true],
      ['L', '2001-12-01', 11, 5, false],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, after, los, kidney], i) => {
      const day = addDays('2026-02-09', after);
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: kidney ? 'A-4-14-II' : 'A-4-14-I',
        dx: kidney ? ['A27.9', 'N17.9'] : ['A27.9'],
        px: ['90.59', '99.21'],
        dpjp: internists[i % 2] ?? 1,
        scale: times(bill(i), { tarif_kamar: los / 4, tarif_obat: los / 5, tarif_laboratorium: kidney ? 1.6 : 1 }),
        sep: igd({ masukAt: `${String(9 + ((i * 5) % 13)).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}` }),
      });
    });
    return { nearMiss };
  },
});
