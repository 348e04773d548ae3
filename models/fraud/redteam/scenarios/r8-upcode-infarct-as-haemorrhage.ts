// DOMAIN.md section 3, UPCODING: a primary diagnosis swapped for a dearer one of the same body
// system. A class C private hospital codes its ischaemic strokes as intracerebral haemorrhage
// (I61.9, G-4-13, Rp6.6M) instead of cerebral infarction (I63.9, G-4-14, Rp4.5M). The head CT
// that tells the two apart was taken; the care is that of an infarction: five or six days (the
// infarction norm), no neurosurgical consultation, no intensive care, the bill of an
// infarction stay. A month later the same hospital's neurology clinic, whose coder works from
// the clinic notes, codes the control as cerebral infarction, and physiotherapy follows as
// stroke sequelae.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UPCODE-84',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C mengode stroke iskemik sebagai perdarahan intraserebral (I61.9, kelompok perdarahan, 1,5 kali tarif): CT kepala ada, perawatan seperti infark (5-6 hari, tanpa bedah saraf atau ICU), tagihan setara infark; kontrol poli saraf sebulan kemudian di RS yang sama dikode infark serebral.',
    en: 'A class C private hospital codes ischaemic strokes as intracerebral haemorrhage (I61.9, the haemorrhage group, 1.5 times the tariff): head CT taken, infarction care (5-6 days, no neurosurgery or ICU), the bill of an infarction; the neurology clinic control a month later at the same hospital is coded cerebral infarction.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.padangsidimpuan, hospitalClass: 'C', offset: [-0.01, 0.01] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const rehab = ctx.doctor({ specialty: 'SP_KFR', at: [rs] });
    const days = ['2026-01-09', '2026-01-27', '2026-02-14', '2026-03-04', '2026-03-21', '2026-04-08'] as const;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    days.forEach((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 57 + 2 * i, i),
        segment: i % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      const home = addDays(day, 5 + (i % 2));
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: home,
          cbg: 'G-4-13-I',
          dx: ['I61.9', 'I10'],
          px: ['87.03'],
          dpjp: neurologist,
          billedRatio: billOf('G-4-14-I', 'G-4-13-I'),
          scale: bill(8400 + i),
          sep: igd({ masukAt: hhmm(8 + 2 * i, 25) }),
        }),
      );
      // the control a month later, coded from the clinic's notes, and the first physiotherapy
      const control = clinicDay(addDays(home, 28 + i));
      context.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: control,
          cbg: 'G-5-18-0',
          dx: ['I63.9', 'I10'],
          dpjp: neurologist,
          scale: bill(8410 + i),
          sep: jalan(ctx.hospitalReferral(rs, home), { masukAt: hhmm(9 + (i % 4), 10) }),
        }),
        ctx.claim({
          member,
          facility: rs,
          masuk: clinicDay(addDays(control, 2)),
          cbg: 'Z-3-12-0',
          dx: ['I69.4'],
          px: ['93.39'],
          dpjp: rehab,
          scale: bill(8420 + i),
          sep: jalan(ctx.hospitalReferral(rs, control), { masukAt: hhmm(10 + (i % 3), 0) }),
        }),
      );
    });
    return { fraud, context };
  },
});
