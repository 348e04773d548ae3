// DOMAIN.md section 3, VENTILATOR: "ventilator time extended", not bunched at 96 h but filled to
// the intensive-care stay. A new class B private hospital in Bone (South Sulawesi) ventilates
// patients with respiratory failure and sepsis in its ICU; the honest claims carry the hours the
// ventilator chart shows (30 to 170, under or over 96 with the matching code, context). On three
// claims the hours are the ICU days times 24 (120 and 144 h, 96.72), although the patients were
// extubated on their second or third ICU day and breathed on oxygen for the rest of it.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** Honest ventilated hours per patient (chart), and the padded ones (null). */
const HOURS: readonly (number | null)[] = [41, 67, 118, null, 29, 83, 152, 55, null, 74, 133, 38, null, 61, 169];

export default defineScenario({
  id: 'RT-VENT-131',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'RS swasta kelas B baru di Bone memasang ventilator pada pasien gagal napas dan sepsis di ICU; klaim jujur memuat jam sesuai lembar ventilator (30-170 jam, kode sesuai). Pada tiga klaim jam ventilator sama dengan hari ICU dikali 24 (120 dan 144 jam, 96.72), padahal pasien diekstubasi pada hari ICU kedua atau ketiga dan sisanya hanya oksigen.',
    en: 'A new class B private hospital in Bone ventilates patients with respiratory failure and sepsis in its ICU; honest claims carry the charted hours (30-170, with the matching code). On three claims the hours are the ICU days times 24 (120 and 144 h, 96.72), although the patients were extubated on their second or third ICU day and were on oxygen for the rest.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.bone, hospitalClass: 'B' });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', HOURS.length, 9).forEach((day, i) => {
      const charted = HOURS[i] ?? null;
      const padded = charted === null;
      const icuDays = padded ? 5 + (i % 2) : Math.ceil(charted / 24) + 1;
      const hours = padded ? icuDays * 24 : charted;
      const sepsis = i % 3 === 0;
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: 42 + ((i * 5) % 36) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, icuDays + 3),
        cbg: sepsis ? 'A-4-10-III' : 'J-4-20-III',
        dx: sepsis ? ['A41.9', 'J96.0'] : ['J96.0', 'J18.9'],
        px: ['96.04', hours >= 96 ? '96.72' : '96.71'],
        icuDays,
        ventilatorHours: hours,
        dpjp: i % 2 ? pulmonologist : intensivist,
        scale: bill(14_600 + i),
        sep: igd({ masukAt: hhmm(1 + (i % 20), (17 * i) % 60) }),
      });
      (padded ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
