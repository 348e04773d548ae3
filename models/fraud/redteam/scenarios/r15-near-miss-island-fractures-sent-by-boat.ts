// Near miss for SELF_REFERRAL: "transfer within 3 days", "1-2 day stays then referred", and genuine.
// The class D government hospital of Tarempa (Kepulauan Anambas) has a general surgeon and no
// orthopaedist or implants; it treats what it can (sixteen stays, context). Five patients with a
// broken femoral shaft are splinted, given analgesia and blood tests, kept one or two nights until the
// weekly ship or a navy boat can take them, and referred (discharge status 2) to a new class B private
// hospital in Bintan, which fixes the femur on the Tarempa letter. The two hospitals share no doctor:
// both claims of each patient are honest.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const SENT = new Map([
  [2, 1],
  [6, 2],
  [10, 1],
  [14, 2],
  [17, 1],
]);
const ISLAND_CARE = [
  { cbg: 'K-4-17-I', dx: ['A09'], px: ['99.18'] },
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'] },
  { cbg: 'S-4-10-I', dx: ['S06.0'], px: [] },
  { cbg: 'K-1-12-I', dx: ['K35.8'], px: ['47.09'] },
];

export default defineScenario({
  id: 'RT-NM-SELFREF-151',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'RS pemerintah kelas D di Tarempa (Anambas) punya dokter bedah umum, tanpa ortopedi dan implan. Lima pasien patah batang femur dibidai, diberi analgesik dan periksa darah, dirawat satu-dua malam sampai kapal mingguan atau kapal TNI AL bisa membawa, lalu dirujuk ke RS swasta kelas B baru di Bintan yang memasang fiksasi femur atas surat Tarempa. Kedua rumah sakit tidak berbagi dokter: kedua klaim setiap pasien jujur.',
    en: 'The class D government hospital of Tarempa (Anambas) has a general surgeon, no orthopaedist and no implants. Five patients with a broken femoral shaft are splinted, given analgesia and blood tests, kept one or two nights until the weekly ship or a navy boat can take them, and referred to a new class B private hospital in Bintan, which fixes the femur on the Tarempa letter. The hospitals share no doctor: both claims are honest.',
  },
  build(ctx) {
    const island = ctx.facility({ place: PLACES15.kepulauanAnambas, hospitalClass: 'D', ownership: 'PEMERINTAH' });
    const centre = ctx.facility({ place: PLACES15.bintan, hospitalClass: 'B' });
    const islandDoctors = [ctx.doctor({ specialty: 'SP_B', at: [island] }), ctx.doctor({ specialty: 'UMUM', at: [island] })];
    const orthopaedists = [ctx.doctor({ specialty: 'SP_OT', at: [centre] }), ctx.doctor({ specialty: 'SP_OT', at: [centre] })];
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-09', 20, 6.7).forEach((day, i) => {
      const nights = SENT.get(i);
      const member = patient(ctx, island, day, i, { age: 18 + ((i * 7) % 45), sex: nights ? 'L' : undefined });
      if (!nights) {
        const care = ISLAND_CARE[i % ISLAND_CARE.length]!;
        context.push(
          ctx.claim({
            member,
            facility: island,
            masuk: day,
            cbg: care.cbg,
            dx: care.dx,
            px: care.px,
            dpjp: islandDoctors[care.cbg.startsWith('K-1') || care.cbg.startsWith('S') ? 0 : 1] as string,
            scale: bill(23_900 + i),
            sep: igd({ masukAt: hhmm(9 + ((i * 5) % 12), (29 * i) % 60) }),
          }),
        );
        return;
      }
      const out = addDays(day, nights);
      nearMiss.push(
        ctx.claim({
          member,
          facility: island,
          masuk: day,
          pulang: out,
          cbg: 'S-4-11-I',
          dx: ['S72.3'],
          px: ['87.44', '99.18'],
          discharge: 2,
          dpjp: islandDoctors[0] as string,
          scale: bill(23_900 + i),
          sep: igd({ masukAt: hhmm(10 + (i % 8), (29 * i) % 60), pulangAt: '06:30' }),
        }),
        ctx.claim({
          member,
          facility: centre,
          masuk: out,
          cbg: 'M-1-30-I',
          dx: ['S72.3'],
          px: ['79.35'],
          laterality: [i % 2 ? 'L' : 'R'],
          specialCmg: ['RR-03'],
          dpjp: orthopaedists[i % 2] as string,
          scale: bill(23_950 + i),
          sep: inap(ctx.hospitalReferral(island, out), { masukAt: '19:40' }),
        }),
      );
    });
    return { nearMiss, context };
  },
});
