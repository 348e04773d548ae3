// Shared pieces of the seventh red-team round: cities no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one) and a few row builders the
// scenarios repeat. Bills vary through r5-common.ts bill(); SEPs through r4-common.ts.
import { addDays } from '../context.js';
import type { Household, Member, Place, ScenarioContext, Segment, Sex } from '../types.js';

/**
 * Cities of round 7: BPS regency code, city-centre coordinates and the INA-CBG regional tariff
 * group as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi
 * 3-4, eastern Indonesia 5).
 */
export const PLACES7 = {
  bengkulu: { name: 'Kota Bengkulu', regency: '1771', latitude: -3.7928, longitude: 102.2608, tariffRegion: 2 },
  pangkalpinang: { name: 'Kota Pangkalpinang', regency: '1971', latitude: -2.1291, longitude: 106.1138, tariffRegion: 3 },
  tanjungpinang: { name: 'Kota Tanjungpinang', regency: '2172', latitude: 0.9186, longitude: 104.4554, tariffRegion: 3 },
  pematangsiantar: { name: 'Kota Pematangsiantar', regency: '1272', latitude: 2.9595, longitude: 99.0687, tariffRegion: 2 },
  bukittinggi: { name: 'Kota Bukittinggi', regency: '1375', latitude: -0.3056, longitude: 100.3692, tariffRegion: 2 },
  lhokseumawe: { name: 'Kota Lhokseumawe', regency: '1173', latitude: 5.1801, longitude: 97.1507, tariffRegion: 2 },
  serang: { name: 'Kota Serang', regency: '3673', latitude: -6.12, longitude: 106.1503, tariffRegion: 1 },
  cilegon: { name: 'Kota Cilegon', regency: '3672', latitude: -6.0025, longitude: 106.0111, tariffRegion: 1 },
  sukabumi: { name: 'Kota Sukabumi', regency: '3272', latitude: -6.9277, longitude: 106.93, tariffRegion: 1 },
  cimahi: { name: 'Kota Cimahi', regency: '3277', latitude: -6.8841, longitude: 107.5413, tariffRegion: 1 },
  pekalongan: { name: 'Kota Pekalongan', regency: '3375', latitude: -6.8898, longitude: 109.6746, tariffRegion: 1 },
  tegal: { name: 'Kota Tegal', regency: '3376', latitude: -6.8694, longitude: 109.1402, tariffRegion: 1 },
  salatiga: { name: 'Kota Salatiga', regency: '3373', latitude: -7.3305, longitude: 110.5084, tariffRegion: 1 },
  madiun: { name: 'Kota Madiun', regency: '3577', latitude: -7.6298, longitude: 111.5239, tariffRegion: 1 },
  probolinggo: { name: 'Kota Probolinggo', regency: '3574', latitude: -7.7543, longitude: 113.2159, tariffRegion: 1 },
  banyuwangi: { name: 'Kabupaten Banyuwangi', regency: '3510', latitude: -8.2192, longitude: 114.3691, tariffRegion: 1 },
  blitar: { name: 'Kota Blitar', regency: '3572', latitude: -8.0955, longitude: 112.1609, tariffRegion: 1 },
  bantul: { name: 'Kabupaten Bantul', regency: '3402', latitude: -7.8881, longitude: 110.3289, tariffRegion: 1 },
  buleleng: { name: 'Kabupaten Buleleng', regency: '5108', latitude: -8.112, longitude: 115.0882, tariffRegion: 1 },
  bima: { name: 'Kota Bima', regency: '5272', latitude: -8.4606, longitude: 118.727, tariffRegion: 5 },
  palangkaRaya: { name: 'Kota Palangka Raya', regency: '6271', latitude: -2.2096, longitude: 113.9108, tariffRegion: 4 },
  banjarbaru: { name: 'Kota Banjarbaru', regency: '6372', latitude: -3.4572, longitude: 114.8103, tariffRegion: 4 },
  singkawang: { name: 'Kota Singkawang', regency: '6172', latitude: 0.906, longitude: 108.9872, tariffRegion: 3 },
  tarakan: { name: 'Kota Tarakan', regency: '6571', latitude: 3.3274, longitude: 117.5785, tariffRegion: 4 },
  bitung: { name: 'Kota Bitung', regency: '7172', latitude: 1.4404, longitude: 125.1217, tariffRegion: 4 },
  palopo: { name: 'Kota Palopo', regency: '7373', latitude: -2.9925, longitude: 120.1969, tariffRegion: 3 },
  parepare: { name: 'Kota Parepare', regency: '7372', latitude: -4.0135, longitude: 119.6255, tariffRegion: 3 },
  baubau: { name: 'Kota Baubau', regency: '7472', latitude: -5.471, longitude: 122.6163, tariffRegion: 4 },
  ternate: { name: 'Kota Ternate', regency: '8271', latitude: 0.7893, longitude: 127.3755, tariffRegion: 5 },
  sorong: { name: 'Kota Sorong', regency: '9271', latitude: -0.8762, longitude: 131.2558, tariffRegion: 5 },
} as const satisfies Record<string, Place>;

/** A couple on one family card (head and spouse), so that their newborns can be registered on it. */
export function couple(
  ctx: ScenarioContext,
  spec: {
    readonly regency: string;
    readonly fatherBorn: string;
    readonly motherBorn: string;
    readonly segment: Segment;
    readonly careClass: 1 | 2 | 3;
  },
): { household: Household; mother: Member } {
  const { regency, segment, careClass } = spec;
  const household = ctx.household(regency);
  ctx.member({ sex: 'L', birthDate: spec.fatherBorn, segment, careClass, regency, family: { household, role: 'KEPALA' } });
  const mother = ctx.member({ sex: 'P', birthDate: spec.motherBorn, segment, careClass, regency, family: { household, role: 'PASANGAN' } });
  return { household, mother };
}

/** A newborn registered on its parents' family card within days of birth (Perpres 82/2018: covered from birth). */
export function newborn(
  ctx: ScenarioContext,
  spec: {
    readonly household: Household;
    readonly mother: Member;
    readonly sex: Sex;
    readonly born: string;
    readonly registeredAfter: number;
  },
): Member {
  return ctx.member({
    sex: spec.sex,
    birthDate: spec.born,
    segment: spec.mother.segment,
    careClass: spec.mother.careClass,
    regency: spec.household.regency,
    family: { household: spec.household, role: 'ANAK' },
    jknRegistered: addDays(spec.born, spec.registeredAfter),
  });
}
