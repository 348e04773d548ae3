// Near miss of CANCELLED_SERVICE ("procedure coded, surgical/OR components zero"). A regional
// government hospital's billing system books the surgical team's fee under specialist fees
// (tarif_tenaga_ahli) and leaves the surgical-procedure component at zero. The appendectomies
// happened: the operation time is recorded within the stay, theatre devices, consumables and
// equipment rental are billed, and the stays run the usual three days.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-SURGFEE-41',
  kind: 'near_miss',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Sistem tagihan RS pemerintah daerah membukukan jasa tim bedah sebagai jasa tenaga ahli sehingga komponen prosedur bedah nol; apendektomi benar dilakukan: waktu operasi tercatat, alat kesehatan, BMHP dan sewa alat kamar operasi tertagih, rawat tiga hari.',
    en: 'A regional government hospital’s billing system books the surgical team’s fee as specialist fees, so the surgical-procedure component is zero; the appendectomies happened: operation time recorded, theatre devices, consumables and equipment billed, three-day stays.',
  },
  build(ctx) {
    const place = PLACES.makassar;
    const rs = ctx.facility({ place, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.02, -0.015] });
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1999-01-09', '2026-01-17', '21:30', '02:10'],
      ['P', '2004-06-23', '2026-02-08', '18:45', '23:05'],
      ['L', '1987-09-02', '2026-02-28', '14:10', '19:40'],
      ['P', '1995-12-15', '2026-03-21', '20:20', '23:50'],
      ['L', '2008-04-28', '2026-04-11', '16:35', '21:15'],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, masukAt, opAt], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      const opDay = opAt < masukAt ? addDays(day, 1) : day;
      // the surgical share of the bill (0.27) moved onto specialist fees (0.10): x3.7
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: surgeon,
        scale: { ...own(i), tarif_prosedur_bedah: 0, tarif_tenaga_ahli: 3.7 - 0.05 * (i % 3) },
        sep: igd({ masukAt, operasiAt: `${opDay} ${opAt}` }),
      });
    });
    return { nearMiss };
  },
});
