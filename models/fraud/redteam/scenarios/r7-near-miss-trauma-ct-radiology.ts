// Near miss of INFLATED_BILL (RT-INFLATED-71 bills a CT's radiology with no CT coded). Road
// trauma at the class B government hospital of Tarakan, the referral point of North
// Kalimantan: head and abdominal injuries get a head CT and an abdominal CT (coded, with the
// special-investigation top-up), spleen injuries observed without an operation: radiology two
// to three times a ward stay's, every film on the claim.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-NM-TRAUMACT-71',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Korban kecelakaan lalu lintas di RS pemerintah kelas B Tarakan (rujukan Kalimantan Utara) dengan cedera kepala dan perut mendapat CT kepala dan CT abdomen (dikode, dengan top-up SI), cedera limpa diobservasi tanpa operasi: radiologi dua sampai tiga kali rawat biasa, semua pemeriksaan ada di klaim.',
    en: 'Road-trauma patients at the class B government hospital of Tarakan (North Kalimantan’s referral point) with head and abdominal injuries get a head CT and an abdominal CT (coded, with the SI top-up), spleen injuries observed without operation: radiology two to three times a ward stay’s, every scan on the claim.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.tarakan, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1995-01-23', '2026-01-18', 2.2],
      ['L', '1988-06-09', '2026-02-15', 2.8],
      ['P', '2001-10-30', '2026-03-08', 2.4],
      ['L', '1979-04-12', '2026-03-29', 3.0],
      ['L', '2004-12-05', '2026-04-19', 2.6],
      ['P', '1992-07-17', '2026-05-10', 2.3],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, radiology], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PPU' : 'PBPU', careClass: 2, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 6),
        cbg: 'S-4-10-II',
        dx: ['S36.0', 'S06.0', 'S22.3'],
        px: ['87.03', '88.01', '87.44'],
        specialCmg: ['SI-01'],
        dpjp: surgeon,
        scale: times(bill(1100 + i), { tarif_radiologi: radiology }),
        sep: igd({ masukAt: hhmm(7 + 3 * (i % 5), 45) }),
      }),
    );
    return { nearMiss };
  },
});
