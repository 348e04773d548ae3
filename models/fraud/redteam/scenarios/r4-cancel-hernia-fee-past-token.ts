// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero". A
// value just past a threshold: inguinal hernia repairs (53.00, a sided procedure) coded and
// grouped (K-1-13-I) with the surgical fee at a fifth of the hospital's usual (not zero, not a
// token), no mesh or devices, and no operation time recorded; the patient goes home the day
// after admission. The pre-operative work-up was done, the operation never was.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-CANCEL-42',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Herniorafi inguinal (53.00) dikode dan dikelompokkan (K-1-13-I) dengan jasa bedah seperlima dari biasanya, tanpa mesh atau alat kesehatan dan tanpa waktu operasi, pasien pulang sehari setelah masuk: persiapan operasi dilakukan, operasinya tidak.',
    en: 'Inguinal hernia repairs (53.00) coded and grouped (K-1-13-I) with the surgical fee at a fifth of the usual, no mesh or devices and no operation time, the patient home the day after admission: the work-up was done, the operation never was.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C', offset: [0.02, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1961-03-09', '2026-01-13', 'R', 0.21],
      ['L', '1974-08-25', '2026-02-03', 'L', 0.19],
      ['L', '1958-12-14', '2026-02-24', 'R', 0.23],
      ['L', '1969-05-30', '2026-03-17', 'R', 0.2],
      ['L', '1980-10-07', '2026-04-07', 'L', 0.22],
      ['L', '1955-02-16', '2026-04-28', 'R', 0.18],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, side, fee], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency });
      const referral = referredBy(ctx, m, puskesmas, rs, day, ['K40.9']);
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 1),
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [side],
        dpjp: surgeon,
        scale: { ...own(i), tarif_prosedur_bedah: fee },
        components: { tarif_alkes: 0 },
        sep: inap(referral, { masukAt: '13:00', pulangAt: '10:30', operasiAt: null }),
      });
    });
    return { fraud };
  },
});
