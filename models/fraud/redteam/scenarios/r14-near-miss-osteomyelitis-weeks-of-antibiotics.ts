// Near miss for PROLONGED_LOS: honest long stays with the course written on the bill. A new class C
// private hospital in Tambolaka (Sumba Barat Daya, East Nusa Tenggara) debrides infected wounds of
// hands and feet in four-day stays (S-1-10-I; fourteen stays, context). Four children and young
// adults come in with chronic osteomyelitis of the shin or forearm: debrided twice, two to three
// weeks of intravenous antibiotics before the switch to tablets, serial blood counts and X-rays,
// fourteen to twenty days in all. Every line that a longer course adds grows with the stay.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const OSTEOMYELITIS = new Map([
  [2, 14],
  [6, 17],
  [11, 20],
  [15, 16],
]);

export default defineScenario({
  id: 'RT-NM-OSTEOMYELITIS-141',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Tambolaka (Sumba Barat Daya) melakukan debridemen luka terinfeksi tangan dan kaki empat hari. Empat anak dan dewasa muda datang dengan osteomielitis kronik tulang kering atau lengan bawah: dua kali debridemen, dua sampai tiga minggu antibiotik intravena, darah lengkap dan rontgen serial, empat belas sampai dua puluh hari. Setiap komponen yang ditambah perjalanan penyakit tumbuh bersama lama rawat.',
    en: 'A new class C private hospital in Tambolaka (Sumba Barat Daya) debrides infected wounds of hands and feet in four-day stays. Four children and young adults come with chronic osteomyelitis of the shin or forearm: debrided twice, two to three weeks of IV antibiotics, serial blood counts and X-rays, fourteen to twenty days. Every line a longer course adds grows with the stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.sumbaBaratDaya, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 18, 6.5).forEach((d, i) => {
      const days = OSTEOMYELITIS.get(i);
      if (days === undefined) {
        const day = d;
        context.push(
          ctx.claim({
            member: patient(ctx, rs, day, i, { age: 18 + ((i * 7) % 45) }),
            facility: rs,
            masuk: day,
            pulang: addDays(day, 4),
            cbg: 'S-1-10-I',
            dx: i % 2 ? ['S61.0'] : ['T14.1'],
            px: ['86.22', '99.21'],
            dpjp: surgeon,
            scale: bill(19_600 + i),
            sep: igd({ masukAt: hhmm(10 + (i % 10), (17 * i) % 60) }),
          }),
        );
        return;
      }
      const day = clinicDay(d);
      const member = patient(ctx, rs, day, i, { age: 9 + ((i * 5) % 20) });
      const perDay = days / 4;
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, days),
          cbg: 'S-1-10-I',
          dx: ['M86.9'],
          px: ['86.22', '99.21', '90.59'],
          dpjp: orthopaedist,
          scale: times(bill(19_600 + i), {
            tarif_prosedur_bedah: 1.8,
            tarif_tenaga_ahli: 1.7,
            tarif_kamar: perDay,
            tarif_keperawatan: perDay,
            tarif_obat: 0.8 * perDay,
            tarif_laboratorium: 0.5 * perDay,
            tarif_radiologi: 2,
            tarif_bmhp: 1.6,
          }),
          sep: inap(referredBy(ctx, member, puskesmas, rs, day, ['M86.9']), {
            masukAt: hhmm(9, 10 * (i % 5)),
            operasiAt: `${addDays(day, 1)} 09:00`,
          }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
