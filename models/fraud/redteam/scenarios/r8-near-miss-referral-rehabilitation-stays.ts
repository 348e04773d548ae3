// Near miss of PROLONGED_LOS ("LOS above the 90th percentile for the CBG and severity"). The
// class A referral hospital of Klaten takes severe strokes and spinal fractures from the
// district hospitals of the region once they are stable, for inpatient rehabilitation: three
// to four weeks in which the rehabilitation line (physiotherapy twice a day, occupational
// therapy) is the largest on the bill, under a rehabilitation physician, with the
// physiotherapy coded. Every day beyond the group's norm is a day of therapy on the bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-NM-REHAB-81',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS rujukan kelas A di Klaten menerima stroke berat dan fraktur tulang belakang yang sudah stabil dari RS kabupaten sekitarnya untuk rehabilitasi rawat inap 3-4 minggu: fisioterapi dua kali sehari dan terapi okupasi menjadi komponen terbesar tagihan, di bawah dokter rehabilitasi medik, tindakan fisioterapi dikode.',
    en: 'The class A referral hospital of Klaten takes stabilised severe strokes and spinal fractures from district hospitals for 3-4 weeks of inpatient rehabilitation: physiotherapy twice a day and occupational therapy are the largest line of the bill, under a rehabilitation physician, with the physiotherapy coded.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.klaten, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const district = ctx.facility({ place: PLACES8.klaten, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.09, -0.1] });
    const rehab = ctx.doctor({ specialty: 'SP_KFR', at: [rs] });
    const stays = [
      ['2026-01-14', 'G-4-14-III', ['I63.9', 'G81.9', 'J18.9'], 24],
      ['2026-01-28', 'G-4-14-III', ['I63.9', 'G81.9', 'I10'], 27],
      ['2026-02-18', 'S-4-11-III', ['S32.0', 'G81.9', 'N39.0'], 26],
      ['2026-03-04', 'G-4-13-III', ['I61.9', 'G81.9', 'I10'], 28],
      ['2026-03-25', 'G-4-14-III', ['I63.9', 'G81.9', 'E11.9'], 22],
      ['2026-04-15', 'S-4-11-III', ['S32.0', 'G81.9', 'D64.9'], 25],
    ] as const;
    const nearMiss: BuiltClaim[] = stays.map(([day, cbg, dx, los], i) => {
      const days = los / 10;
      return ctx.claim({
        member: ctx.member({
          sex: i % 2 ? 'P' : 'L',
          birthDate: bornBefore(day, 38 + 6 * i, i),
          segment: i % 3 ? 'PBI' : 'PPU',
          careClass: i % 3 ? 3 : 1,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg,
        dx: [...dx],
        px: ['93.39', '93.11', '87.03'],
        dpjp: rehab,
        billedRatio: 1.1,
        // therapy twice a day for the whole stay: the rehabilitation line grows with the days
        scale: times(bill(11_000 + i), { tarif_rehabilitasi: 12 * days, tarif_kamar: days, tarif_keperawatan: days }),
        sep: inap(ctx.hospitalReferral(district, day), { masukAt: '10:30' }),
      });
    });
    return { nearMiss };
  },
});
