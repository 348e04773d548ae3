// Near miss of CLONING and PHANTOM_BILLING ("same doctor or day"; "impossible doctor volume").
// A phaco surgeon operates a list of twelve cataracts on a Saturday (phacoemulsification takes
// 15-20 minutes; high-volume surgeons operate 10-30 a day: Aravind model, Ravindran 2009),
// every patient billed the hospital's one package price for phaco and lens (identical to the
// rupiah, as a package is), right or left eye as each patient needs. Referred by their
// puskesmas weeks earlier, each arrives at a booked time and goes home three hours later.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { phacoComponents, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-CATARACT-51',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Dokter mata mengoperasi dua belas katarak dalam satu hari Sabtu (fakoemulsifikasi 15-20 menit), setiap pasien ditagih satu harga paket RS untuk fako dan lensa (sama sampai rupiah, seperti paket), mata kanan atau kiri sesuai kebutuhan; tiap pasien datang pada jam yang dijadwalkan dan pulang tiga jam kemudian.',
    en: 'A phaco surgeon operates twelve cataracts on one Saturday (phaco takes 15-20 minutes), every patient billed the hospital’s one package price for phaco and lens (identical to the rupiah, as a package is), right or left eye as needed; each arrives at a booked time and goes home three hours later.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', type: 'RSK', offset: [0.025, 0.03] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const day = '2026-03-07';
    const components = phacoComponents(3, rs);
    const nearMiss: BuiltClaim[] = Array.from({ length: 12 }, (_, k) => {
      const born = `${1942 + ((k * 5) % 28)}-${String(1 + ((k * 7) % 12)).padStart(2, '0')}-${String(2 + k * 2).padStart(2, '0')}`;
      const { member, referral } = referredPatient(
        ctx,
        { sex: k % 3 ? 'P' : 'L', birthDate: born, segment: 'PBI', careClass: 3 },
        puskesmas,
        rs,
        addDays(day, -(14 + k)),
        ['H25.9'],
      );
      const minutes = 7 * 60 + k * 25;
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const side = k % 2 ? 'L' : 'R';
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        laterality: [side, side],
        specialCmg: ['SP-02'],
        components,
        dpjp: surgeon,
        sep: jalan(referral, { masukAt: hhmm(minutes), pulangAt: hhmm(minutes + 180), operasiAt: `${day} ${hhmm(minutes + 75)}` }),
      });
    });
    return { nearMiss };
  },
});
