// Near miss for PROLONGED_LOS: a new class C government hospital in Nunukan (North Kalimantan), on
// the border with Sabah, admits pulmonary tuberculosis and pneumonia for five days (A-4-12-I and
// J-4-16-I; thirteen stays, context). Four patients, many of them workers deported from Malaysian
// plantations untreated, come in with a large tuberculous pleural effusion: a chest drain (34.04),
// daily drainage, serial chest X-rays and fluid analysis, twelve to sixteen days until the lung is
// up, grouped A-4-12-II with J90. Long, and every line of a drained chest grows with it.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const DRAINED = new Map([
  [1, 12],
  [6, 15],
  [10, 13],
  [14, 16],
]);

export default defineScenario({
  id: 'RT-NM-EFFUSION-141',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RSUD kelas C baru di Nunukan, di perbatasan Sabah, merawat TB paru dan pneumonia lima hari. Empat pasien, banyak di antaranya pekerja yang dideportasi dari kebun Malaysia tanpa pengobatan, datang dengan efusi pleura TB besar: selang dada (34.04), drainase harian, foto toraks serial dan analisis cairan, dua belas sampai enam belas hari sampai paru mengembang (A-4-12-II dengan J90).',
    en: 'A new class C government hospital in Nunukan, on the Sabah border, admits tuberculosis and pneumonia for five days. Four patients, many of them workers deported untreated from Malaysian plantations, come in with a large tuberculous pleural effusion: a chest drain (34.04), daily drainage, serial chest X-rays and fluid analysis, twelve to sixteen days until the lung is up (A-4-12-II with J90).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.nunukan, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 17, 7.4).forEach((day, i) => {
      const days = DRAINED.get(i);
      const member = patient(ctx, rs, day, i, { age: 22 + ((i * 7) % 40) });
      const sep = igd({ masukAt: hhmm(8 + ((i * 5) % 14), (11 * i) % 60) });
      if (days === undefined) {
        const tb = i % 2 === 0;
        context.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 5),
            cbg: tb ? 'A-4-12-I' : 'J-4-16-I',
            dx: tb ? ['A16.2'] : ['J18.9'],
            px: tb ? ['87.44', '90.59'] : ['87.44', '93.96', '99.21'],
            dpjp: i % 3 ? internist : pulmonologist,
            scale: bill(19_700 + i),
            sep,
          }),
        );
        return;
      }
      const perDay = days / 5;
      nearMiss.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, days),
          cbg: 'A-4-12-II',
          dx: ['A16.2', 'J90'],
          px: ['34.04', '87.44', '90.59'],
          dpjp: pulmonologist,
          scale: times(bill(19_700 + i), {
            tarif_prosedur_non_bedah: 1.8,
            tarif_kamar: perDay,
            tarif_keperawatan: perDay,
            tarif_radiologi: 0.6 * perDay,
            tarif_laboratorium: 0.6 * perDay,
            tarif_obat: 0.7 * perDay,
            tarif_bmhp: 1.7,
          }),
          sep,
        }),
      );
    });
    return { nearMiss, context };
  },
});
