// Near miss of UPCODING ("severity-III share vs peers of same hospital class and CBG"): the
// class A government hospital of Lampung Selatan is where three class C and D district hospitals
// send the patients they cannot manage. Its medical wards fill with decompensated heart failure,
// haemorrhagic strokes and bleeding cirrhotics, each arriving with a hospital referral (asal 2)
// the day the referring hospital saw them. Two in three of its stays are severity III, with
// intensive care, longer stays, blood and drugs on the bill; the referring hospitals' own visits
// are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { sentOnBy } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const SEVERE = [
  { cbg: 'I-4-12-III', dx: ['I50.0', 'N17.9', 'I48'], px: ['89.52', '88.72'], icu: 3, los: 10, visitCbg: 'I-5-16-0' },
  { cbg: 'G-4-13-III', dx: ['I61.9', 'J18.9', 'I10'], px: ['87.03', '93.96'], icu: 4, los: 13, visitCbg: 'G-5-18-0' },
  { cbg: 'B-4-13-III', dx: ['K74.6', 'K92.0', 'D64.9'], px: ['45.13', '99.04'], icu: 2, los: 9, visitCbg: 'K-5-14-0' },
] as const;

export default defineScenario({
  id: 'RT-NM-REFERRAL-91',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'RS pemerintah kelas A di Lampung Selatan menerima rujukan RS kelas C dan D: gagal jantung dekompensasi, stroke perdarahan, sirosis dengan perdarahan; dua dari tiga rawat keparahan III dengan ICU, rawat lebih lama, darah dan obat di tagihan, masing-masing dengan rujukan RS (asal 2).',
    en: 'The class A government hospital of Lampung Selatan receives referrals from class C and D hospitals: decompensated heart failure, haemorrhagic stroke, bleeding cirrhosis; two in three stays at severity III with ICU, longer stays, blood and drugs on the bill, each with a hospital referral.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.lampungSelatan, hospitalClass: 'A', ownership: 'PEMERINTAH' });
    const senders: Facility[] = [
      ctx.facility({ place: PLACES9.lampungSelatan, hospitalClass: 'C', offset: [0.12, -0.08] }),
      ctx.facility({ place: PLACES9.lampungSelatan, hospitalClass: 'D', offset: [-0.15, 0.1] }),
      ctx.facility({ place: PLACES9.lampungSelatan, hospitalClass: 'C', offset: [0.2, 0.18] }),
    ];
    const senderDoctors = senders.map((f) => ctx.doctor({ specialty: 'UMUM', at: [f] }));
    const specialists = [
      ctx.doctor({ specialty: 'SP_JP', at: [rs] }),
      ctx.doctor({ specialty: 'SP_N', at: [rs] }),
      ctx.doctor({ specialty: 'SP_PD', at: [rs] }),
    ];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 12, 11).forEach((day, i) => {
      const s = SEVERE[i % 3] as (typeof SEVERE)[number];
      const k = i % 3;
      const member = patient(ctx, rs, day, i, { age: 50 + ((i * 7) % 28) });
      const { visit, referral } = sentOnBy(ctx, {
        member,
        from: senders[k] as Facility,
        day,
        cbg: s.visitCbg,
        dx: [s.dx[0]],
        dpjp: senderDoctors[k] as string,
        scale: bill(9190 + i),
      });
      context.push(visit);
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, s.los + (i % 4)),
          cbg: s.cbg,
          dx: [...s.dx],
          px: [...s.px],
          icuDays: s.icu + (i % 2),
          dpjp: specialists[k] as string,
          billedRatio: 1.05,
          scale: times(bill(9200 + i), { tarif_obat: 1.4, tarif_laboratorium: 1.4, tarif_pelayanan_darah: 1.8 }),
          sep: inap(referral, { masukAt: '10:40' }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
