import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-NM-DOCTOR3-01',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Dokter bedah dengan izin praktik di tiga RS (batas Permenkes 2052/2011) pada satu hari membuka poli pagi di Sleman (10 pasien) dan mengoperasi hernia sore di Kota Yogyakarta (3 pasien, 10 km); hari lain di RS ketiga.',
    en: 'A surgeon licensed at three hospitals (the Permenkes 2052/2011 limit) holds a morning clinic in Sleman (10 patients) and repairs hernias in the afternoon in Yogyakarta city (3 patients, 10 km) on one day; other days at the third hospital.',
  },
  build(ctx) {
    const sleman = ctx.facility({ place: PLACES.sleman, hospitalClass: 'C', offset: [-0.01, 0.02] });
    const kota = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'B', offset: [0.01, 0.01] });
    const third = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C', offset: [-0.03, -0.01] });
    const surgeon = `D${sleman.facilityId}004`;
    const day = '2026-03-10';
    const nearMiss: BuiltClaim[] = [];
    const clinic = [
      ['L', '1966-01-01', 'K40.9'],
      ['P', '1979-03-14', 'K80.2'],
      ['L', '1958-07-07', 'K40.9'],
      ['P', '1984-11-21', 'K80.2'],
      ['L', '1990-05-05', 'K59.0'],
      ['L', '1962-09-30', 'I84.9'],
      ['P', '1973-02-02', 'K21.9'],
      ['L', '1955-12-12', 'K40.9'],
      ['P', '1969-06-18', 'K29.7'],
      ['L', '1987-08-08', 'I84.9'],
    ] as const;
    // each patient's own prescriptions and tests: bills of one clinic session differ
    clinic.forEach(([sex, born, dx], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: PLACES.sleman.regency });
      const vary = { tarif_obat: 0.7 + 0.07 * i, tarif_laboratorium: 1.3 - 0.06 * i, tarif_bmhp: 0.8 + 0.05 * i };
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: sleman,
          masuk: day,
          cbg: 'K-5-14-0',
          dx: [dx],
          px: dx === 'K80.2' ? ['88.76'] : [],
          dpjp: surgeon,
          scale: vary,
        }),
      );
    });
    const theatre = [
      ['L', '1960-04-14'],
      ['L', '1971-10-03'],
      ['L', '1949-01-25'],
    ] as const;
    theatre.forEach(([sex, born], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.yogyakarta.regency });
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: kota,
          masuk: day,
          pulang: addDays(day, 2 + (i % 2)),
          cbg: 'K-1-13-I',
          dx: ['K40.9'],
          px: ['53.00'],
          laterality: [i === 1 ? 'L' : 'R'],
          dpjp: surgeon,
          scale: { tarif_obat: 0.85 + 0.12 * i, tarif_bmhp: 1.1 - 0.08 * i, tarif_kamar: 1 + 0.5 * (i % 2) },
        }),
      );
    });
    for (const [sex, born, masuk] of [
      ['P', '1977-07-27', '2026-03-12'],
      ['L', '1968-03-03', '2026-03-13'],
    ] as const) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.yogyakarta.regency });
      nearMiss.push(
        ctx.claim({
          member: m,
          facility: third,
          masuk,
          pulang: addDays(masuk, sex === 'P' ? 4 : 3),
          cbg: 'B-1-10-I',
          dx: ['K80.2'],
          px: ['51.23'],
          dpjp: surgeon,
          scale: sex === 'P' ? { tarif_obat: 1.15, tarif_laboratorium: 0.9 } : { tarif_obat: 0.9, tarif_kamar: 0.75 },
        }),
      );
    }
    return { nearMiss };
  },
});
