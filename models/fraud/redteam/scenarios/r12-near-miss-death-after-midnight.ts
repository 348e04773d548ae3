// Near miss of PHANTOM_BILLING ("service after date of death"): a discharge dated the day after
// the death, honestly. At the class C government hospital of Buru (Maluku, WIT), patients dying
// late in the evening (sepsis, stroke, heart failure) are pronounced before midnight, and the civil
// registry records that date; the body leaves the ward after midnight once the family arrives by
// boat or road, and the claim's discharge (status 4, died) carries the next day, 00:30 to 02:30.
// One day of "care" after the death, for every one of them.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const CASES = [
  { cbg: 'A-4-10-III', dx: ['A41.9', 'N17.9'], px: ['38.93', '99.21'], icu: 2, days: 4 },
  { cbg: 'G-4-14-III', dx: ['I63.9', 'J18.9'], px: ['87.03'], icu: 0, days: 6 },
  { cbg: 'I-4-12-III', dx: ['I50.0', 'N18.9'], px: ['89.52', '88.72'], icu: 1, days: 3 },
  { cbg: 'G-4-13-III', dx: ['I61.9'], px: ['87.03'], icu: 2, days: 2 },
  { cbg: 'A-4-10-III', dx: ['A41.5', 'E11.9'], px: ['38.93', '99.21'], icu: 3, days: 5 },
] as const;

export default defineScenario({
  id: 'RT-NM-MIDNIGHT-121',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Di RS pemerintah kelas C Buru, pasien yang meninggal larut malam dinyatakan meninggal sebelum tengah malam dan Dukcapil mencatat tanggal itu; jenazah keluar bangsal setelah tengah malam setelah keluarga tiba dengan kapal atau jalan darat, sehingga tanggal pulang klaim (status 4, meninggal) adalah hari berikutnya.',
    en: 'At the class C government hospital of Buru, patients dying late in the evening are pronounced before midnight and the civil registry records that date; the body leaves the ward after midnight once the family arrives by boat or road, so the claim’s discharge (status 4, died) carries the next day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.buru, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = every('2026-01-14', CASES.length, 23).map((day, i) => {
      const c = CASES[i] as (typeof CASES)[number];
      const member = patient(ctx, rs, day, i, { age: 58 + 4 * i });
      const died = addDays(day, c.days);
      ctx.death({ member, date: died, source: 'DUKCAPIL' });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(died, 1),
        cbg: c.cbg,
        dx: [...c.dx],
        px: [...c.px],
        ...(c.icu ? { icuDays: c.icu } : {}),
        discharge: 4,
        dpjp: internist,
        scale: times(bill(14_500 + i), { tarif_obat: 1.3 }),
        sep: igd({ masukAt: hhmm(9 + (i % 10), 20), pulangAt: hhmm(i % 3, 30) }),
      });
    });
    return { nearMiss };
  },
});
