// DOMAIN.md section 3, CANCELLED_SERVICE: "procedure coded, surgical/OR components zero", moved off
// the zero. A new class C private hospital in Bangkalan (Madura, East Java) books elective
// caesareans for mothers with a scarred uterus (O-6-10-I, three days, context) and delivers others
// vaginally (O-6-13-I, two days, context). Three booked mothers deliver on the ward in the night
// before their theatre slot; the claims still say 74.1 under O-6-10-I, with a small "surgical" fee
// (the midwife's perineal repair), no operation time, a two-day stay and the bill of a vaginal
// delivery.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const DELIVERED_FIRST = new Set([3, 9, 14]);
/** The perineal repair fee left on the surgical line (illustrative hospital tariff, rupiah). */
const REPAIR_FEE = 350_000;

export default defineScenario({
  id: 'RT-CANCEL-131',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C baru di Bangkalan menjadwalkan seksio sesarea elektif untuk ibu dengan bekas SC dan menolong persalinan normal lainnya. Tiga ibu yang sudah dijadwalkan melahirkan normal di bangsal pada malam sebelum jadwal operasi; klaim tetap 74.1 dengan O-6-10-I, biaya "bedah" kecil (jahitan perineum oleh bidan), tanpa jam operasi, dua hari, tagihan persalinan normal.',
    en: 'A new class C private hospital in Bangkalan books elective caesareans for mothers with a scarred uterus and delivers others vaginally. Three booked mothers deliver on the ward the night before their theatre slot; the claims still say 74.1 under O-6-10-I, with a small "surgical" fee (the midwife’s perineal repair), no operation time, two days and a vaginal-delivery bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bangkalan, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 18, 7.6).forEach((d, i) => {
      const day = clinicDay(d);
      const scarred = i % 2 === 1 || DELIVERED_FIRST.has(i);
      const delivered = DELIVERED_FIRST.has(i);
      const dx = scarred ? ['O34.2'] : ['O80.0'];
      const member = patient(ctx, rs, day, i, { age: 22 + ((i * 3) % 17), sex: 'P' });
      const referral = referredBy(ctx, member, puskesmas, rs, day, scarred ? ['O34.2'] : ['Z34.9']);
      const claim = delivered
        ? ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 2),
            cbg: 'O-6-10-I',
            dx,
            px: ['74.1'],
            dpjp: obstetrician,
            billedRatio: billOf('O-6-13-I', 'O-6-10-I'),
            scale: bill(14_400 + i),
            components: { tarif_prosedur_bedah: REPAIR_FEE },
            sep: inap(referral, { masukAt: hhmm(9, (7 * i) % 60), operasiAt: null }),
          })
        : ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, scarred ? 3 : 2),
            cbg: scarred ? 'O-6-10-I' : 'O-6-13-I',
            dx,
            px: scarred ? ['74.1'] : ['73.59'],
            dpjp: obstetrician,
            scale: bill(14_400 + i),
            sep: inap(referral, { masukAt: hhmm(8 + (i % 4), (7 * i) % 60) }),
          });
      (delivered ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
