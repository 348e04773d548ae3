// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero".
// Variant where the surgeon's fee is billed in full and the theatre is not: laparoscopic
// cholecystectomies coded and grouped (B-1-10-I) whose bills carry no devices, no consumables
// and no equipment rental, with no operation time recorded (SCHEMA.md waktu_operasi: the start
// of the operation where a surgical fee is billed), the patient home at own request the next
// morning. The operation was booked and cancelled; the fee stayed on the claim.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-CANCEL-41',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Kolesistektomi laparoskopik dikode dan dikelompokkan (B-1-10-I) dengan jasa operator penuh tetapi tanpa alat kesehatan, BMHP, sewa alat maupun waktu operasi, pasien pulang atas permintaan sendiri esok paginya: operasi batal, jasanya tetap ditagih.',
    en: 'Laparoscopic cholecystectomies coded and grouped (B-1-10-I) with the full surgeon’s fee but no devices, consumables, equipment rental or operation time, the patient home at own request the next morning: the operation was cancelled, its fee billed.',
  },
  build(ctx) {
    const place = PLACES.pekanbaru;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.02, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const surgeons = [ctx.doctor({ specialty: 'SP_B', at: [rs] }), ctx.doctor({ specialty: 'SP_B', at: [rs] })];
    const admit = (sex: 'L' | 'P', born: string, day: string) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 1, regency: place.regency });
      return { member, referral: referredBy(ctx, member, puskesmas, rs, day, ['K80.2']) };
    };
    // operated patients of the same surgeons: context
    const context: BuiltClaim[] = [
      ['P', '1975-05-05', '2026-01-14'],
      ['P', '1968-09-22', '2026-03-04'],
    ].map(([sex, born, day], i) => {
      const p = admit(sex as 'L' | 'P', born as string, day as string);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day as string,
        cbg: 'B-1-10-I',
        dx: ['K80.2'],
        px: ['51.23'],
        dpjp: surgeons[i],
        scale: own(i),
        sep: inap(p.referral),
      });
    });
    const fraud: BuiltClaim[] = [
      ['P', '1979-02-18', '2026-01-21'],
      ['L', '1966-06-06', '2026-02-04'],
      ['P', '1983-11-27', '2026-02-25'],
      ['P', '1971-08-13', '2026-03-18'],
      ['L', '1962-04-01', '2026-04-08'],
      ['P', '1987-12-20', '2026-04-29'],
    ].map(([sex, born, day], i) => {
      const p = admit(sex as 'L' | 'P', born as string, day as string);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day as string,
        pulang: addDays(day as string, 1),
        cbg: 'B-1-10-I',
        dx: ['K80.2'],
        px: ['51.23'],
        dpjp: surgeons[i % 2],
        discharge: 3,
        scale: own(i + 2),
        components: { tarif_alkes: 0, tarif_bmhp: 0, tarif_sewa_alat: 0 },
        sep: inap(p.referral, { masukAt: '14:20', pulangAt: '09:40', operasiAt: null }),
      });
    });
    return { context, fraud };
  },
});
