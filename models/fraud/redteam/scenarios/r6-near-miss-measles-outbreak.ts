// Near miss of CLONING (near-identical claims of different patients, same doctor, within days).
// Measles spreads where vaccination coverage is low (Kemenkes and WHO reported outbreaks in
// eastern Indonesia in 2023-2024). In one village near Ambon nine unvaccinated children fall
// ill within twelve days and are admitted to the nearest class D hospital by its one
// paediatrician: the same diagnosis and group, four to five days, the same tests and
// antipyretics, zinc and vitamin A; the three with pneumonia stay longer at severity II.
// Drugs are dosed by weight, so bills differ as children do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-MEASLES-61',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Campak menyebar di desa dekat Ambon: sembilan anak yang belum diimunisasi sakit dalam dua belas hari dan dirawat oleh satu-satunya dokter anak RS kelas D terdekat, diagnosis, kelompok, pemeriksaan dan obat sama, empat sampai lima hari; tiga dengan pneumonia lebih lama di keparahan II.',
    en: 'Measles spreads in a village near Ambon: nine unvaccinated children fall ill within twelve days and are admitted by the one paediatrician of the nearest class D hospital, same diagnosis, group, tests and drugs, four to five days; three with pneumonia stay longer at severity II.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.ambon, hospitalClass: 'D', ownership: 'PEMERINTAH', offset: [0.02, 0.01] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const children = [
      ['L', '2021-04-09', 0, false],
      ['P', '2019-09-22', 1, false],
      ['L', '2022-12-03', 3, true],
      ['P', '2020-06-17', 4, false],
      ['L', '2018-02-28', 5, false],
      ['P', '2023-01-14', 7, true],
      ['L', '2021-10-30', 8, false],
      ['P', '2017-07-05', 10, false],
      ['L', '2022-05-19', 11, true],
    ] as const;
    const nearMiss: BuiltClaim[] = children.map(([sex, born, onset, pneumonia], i) => {
      const day = addDays('2026-02-09', onset);
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, pneumonia ? 7 : 4 + (i % 2)),
        cbg: pneumonia ? 'A-4-14-II' : 'A-4-14-I',
        dx: pneumonia ? ['B05.9', 'J18.0'] : ['B05.9'],
        px: pneumonia ? ['90.59', '87.44', '99.21'] : ['90.59'],
        dpjp: paediatrician,
        scale: bill(340 + i),
        sep: igd({ masukAt: hhmm(8 + i, 25) }),
      });
    });
    return { nearMiss };
  },
});
