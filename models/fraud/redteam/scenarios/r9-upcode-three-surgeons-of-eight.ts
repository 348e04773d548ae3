// DOMAIN.md section 3, UPCODING, a group of doctors doing it thinly: at a class B private
// hospital in Kebumen eight general surgeons operate on appendicitis, hernias and gallstones;
// three of them (a practice that shares a billing clerk) have three of every five of their stays
// coded at severity II or III with a complication nobody treated: post-operative pneumonia with
// no chest X-ray, hypokalaemia with no electrolyte infusion, anaemia with no transfusion. Stays
// and bills are those of the surgeons' own severity-I stays; the other five surgeons code
// straight (context). Hospital-wide the share is ordinary; per surgeon it is three in five.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { billOf } from './r8-common.js';
import { PLACES9, patient } from './r9-common.js';

const OPERATIONS = [
  { cmg: 'K-1-12', dx: 'K35.8', px: '47.09', los: 3 },
  { cmg: 'K-1-13', dx: 'K40.9', px: '53.00', los: 3 },
  { cmg: 'B-1-10', dx: 'K80.2', px: '51.23', los: 4 },
] as const;
const ADDED = [
  { dx: 'J18.9', severity: 'III' },
  { dx: 'E87.6', severity: 'II' },
  { dx: 'D64.9', severity: 'II' },
] as const;

export default defineScenario({
  id: 'RT-UPCODE-97',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Di RS swasta kelas B di Kebumen tiga dari delapan dokter bedah mengode tiga dari setiap lima operasinya (apendisitis, hernia, batu empedu) ke keparahan II/III dengan komplikasi yang tidak ditangani (pneumonia tanpa rontgen, hipokalemia tanpa infus, anemia tanpa transfusi); lama rawat dan biaya sama.',
    en: 'At a class B private hospital in Kebumen three of eight general surgeons have three of every five operations (appendicitis, hernia, gallstones) coded at severity II or III with an untreated complication (pneumonia without X-ray, hypokalaemia without infusion, anaemia without transfusion); same stays and bills.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.kebumen, hospitalClass: 'B' });
    const surgeons = Array.from({ length: 8 }, () => ctx.doctor({ specialty: 'SP_B', at: [rs] }));
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let n = 0; n < 40; n++) {
      const s = n % 8;
      const k = Math.floor(n / 8);
      const op = OPERATIONS[(s + k) % 3] as (typeof OPERATIONS)[number];
      const day = addDays('2026-01-06', Math.floor((n * 130) / 40));
      const coded = s < 3 && k % 5 !== 1 && k % 5 !== 3;
      const added = ADDED[n % 3] as (typeof ADDED)[number];
      const severity = coded ? added.severity : 'I';
      const claim = ctx.claim({
        member: patient(ctx, rs, day, n, { age: 20 + ((n * 13) % 45) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, op.los + (n % 2)),
        cbg: `${op.cmg}-${severity}`,
        dx: coded ? [op.dx, added.dx] : [op.dx],
        px: [op.px],
        ...(op.px === '53.00' ? { laterality: [n % 2 ? 'R' : 'L'] as const } : {}),
        dpjp: surgeons[s] as string,
        billedRatio: coded ? billOf(`${op.cmg}-I`, `${op.cmg}-${severity}`) : 0.85,
        scale: bill(9700 + n),
        sep: igd({ masukAt: hhmm(8 + (n % 12), (11 * n) % 60) }),
      });
      (coded ? fraud : context).push(claim);
    }
    return { fraud, context };
  },
});
