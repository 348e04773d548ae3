// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity", on
// a short medical group. A new class C private hospital in Suwawa (Bone Bolango, Gorontalo) treats
// asthma attacks in two or three days (J-4-19-I with nebulised oxygen therapy; sixteen stays through
// its emergency room, context). Three patients who came in on a Thursday or Friday, settled by the
// second day, are kept on oral steroids until the internist's Monday round and a day past it: six
// days of room and nursing, no repeat X-ray, no added drug, no complication coded.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const KEPT = new Set([3, 10, 15]);
const KEPT_DAYS = 6;

/** The Thursday on or after a day. */
const thursdayFrom = (iso: string): string => addDays(iso, (4 - new Date(`${iso}T00:00:00Z`).getUTCDay() + 7) % 7);

export default defineScenario({
  id: 'RT-LOS-141',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS swasta kelas C baru di Suwawa (Bone Bolango) merawat serangan asma dua sampai tiga hari lewat IGD. Tiga pasien yang masuk Kamis atau Jumat dan sudah tenang di hari kedua ditahan dengan steroid oral sampai visite internis hari Senin dan sehari sesudahnya: kamar dan keperawatan enam hari, tanpa foto ulang, tanpa obat tambahan, tanpa komplikasi.',
    en: 'A new class C private hospital in Suwawa (Bone Bolango) treats asthma attacks in two or three days through its emergency room. Three patients admitted on a Thursday or Friday, settled by day two, are kept on oral steroids until the internist’s Monday round and a day past it: six days of room and nursing, no repeat X-ray, no added drug, no complication.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.boneBolango, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-05', 19, 7.7).forEach((d, i) => {
      const kept = KEPT.has(i);
      const day = kept ? addDays(thursdayFrom(d), i % 2) : d;
      const los = kept ? KEPT_DAYS : 2 + (i % 2);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 14 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'J-4-19-I',
        dx: ['J45.9'],
        px: ['93.96'],
        dpjp: kept ? internist : i % 2 ? internist : pulmonologist,
        scale: times(bill(17_900 + i), { tarif_kamar: los / 2.5, tarif_keperawatan: los / 2.5 }),
        sep: igd({ masukAt: hhmm(1 + ((i * 7) % 22), (17 * i) % 60) }),
      });
      (kept ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
