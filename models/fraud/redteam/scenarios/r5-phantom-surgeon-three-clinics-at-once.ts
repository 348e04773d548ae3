// DOMAIN.md section 3, PHANTOM_BILLING: "impossible doctor volume per day"; section 4: "a
// doctor billing at several hospitals on the same day". Once one hospital's volume per doctor
// is watched, the owner spreads it: a surgeon licensed at the group's three hospitals (the
// Permenkes 2052/2011 limit; Surabaya and Sidoarjo, 10-25 km apart) is billed on two Saturdays
// for ten follow-up clinic visits at each, every one of them within the same morning hours
// (08:00-12:30). Ten visits a morning is ordinary; thirty at three places at once is not.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-51',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Seorang dokter bedah berizin di tiga RS satu pemilik (Surabaya dan Sidoarjo, 10-25 km) ditagihkan pada dua hari Sabtu sepuluh kunjungan poli kontrol di masing-masing RS, semuanya pada jam pagi yang sama (08.00-12.30): sepuluh pasien sepagi itu biasa, tiga puluh di tiga tempat sekaligus tidak mungkin.',
    en: 'A surgeon licensed at the three hospitals of one owner (Surabaya and Sidoarjo, 10-25 km apart) is billed on two Saturdays for ten follow-up clinic visits at each, all within the same morning hours (08:00-12:30): ten a morning is ordinary, thirty at three places at once is impossible.',
  },
  build(ctx) {
    const hospitals = [
      ctx.facility({ place: PLACES.surabaya, hospitalClass: 'C', offset: [-0.02, 0.03] }),
      ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [0.04, -0.03] }),
      ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', offset: [0.02, 0.01] }),
    ];
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: hospitals });
    const days = ['2026-02-07', '2026-02-21'];
    const fraud: BuiltClaim[] = [];
    hospitals.forEach((rs, h) => {
      // each hospital's own follow-up patients (after a hernia repair or a wound), seen on both days
      const patients = Array.from({ length: 10 }, (_, k) =>
        ctx.member({
          sex: k % 2 ? 'P' : 'L',
          birthDate: `${1950 + ((k * 7 + h * 5) % 45)}-${String(1 + ((k + h) % 12)).padStart(2, '0')}-${String(3 + k * 2).padStart(2, '0')}`,
          segment: k % 3 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        }),
      );
      for (const [d, day] of days.entries())
        patients.forEach((member, k) => {
          const minutes = 8 * 60 + k * 25 + h * 5;
          const at = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          fraud.push(
            ctx.claim({
              member,
              facility: rs,
              masuk: day,
              cbg: 'Z-5-16-0',
              dx: [k % 2 ? 'Z09.8' : 'Z98.8'],
              dpjp: surgeon,
              scale: bill(30 * h + 10 * d + k),
              sep: jalan(ctx.hospitalReferral(rs, day), {
                masukAt: at,
                pulangAt: `${String(Math.floor(minutes / 60) + 1).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
              }),
            }),
          );
        });
    });
    return { fraud };
  },
});
