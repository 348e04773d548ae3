// Near miss of UPCODING (a hospital's severity mix rising from one month; compare
// RT-UPCODE-83). A class C government hospital's single coder wrote the primary diagnosis only,
// so through February even its anaemic, dehydrated or kidney-injured patients were billed at
// severity I, below its peers. After the provincial coding training in late February a new
// coder records the complications the notes document, and from March about one stay in five
// groups at severity II or III, the share its peers have. Each such stay carries its
// complication's care: a transfusion and the blood line for anaemia, the fluid and
// electrolyte laboratory for dehydration, two or three more days.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

/** Everyday groups, the complication the notes document and what it adds to the care. */
const GROUPS = [
  { cmg: 'A-4-11', dx: 'A01.0', added: 'D64.9', px: ['99.21'], extraPx: ['99.04'], los: 4, care: { tarif_pelayanan_darah: 8 } },
  { cmg: 'K-4-17', dx: 'A09', added: 'E86', px: ['99.18'], extraPx: [], los: 3, care: { tarif_laboratorium: 1.7, tarif_obat: 1.3 } },
  { cmg: 'J-4-16', dx: 'J18.9', added: 'E87.1', px: ['87.44', '99.21'], extraPx: ['90.59'], los: 5, care: { tarif_laboratorium: 1.8 } },
  {
    cmg: 'N-4-11',
    dx: 'N39.0',
    added: 'N17.9',
    px: ['90.59'],
    extraPx: ['88.76'],
    los: 3,
    care: { tarif_laboratorium: 1.9, tarif_radiologi: 1.5 },
  },
] as const;

export default defineScenario({
  id: 'RT-NM-CODER-81',
  kind: 'near_miss',
  code: 'UPCODING',
  description: {
    id: 'Koder tunggal RS pemerintah kelas C hanya menulis diagnosis utama sehingga sampai Februari semua rawat keparahan I, di bawah rekan sejawat; setelah pelatihan koding, koder baru mencatat komplikasi yang terdokumentasi dan sejak Maret sekitar satu dari lima rawat keparahan II atau III, setara rekan sejawat, masing-masing dengan transfusi, laboratorium dan tambahan hari rawatnya.',
    en: 'A class C government hospital’s single coder wrote the primary only, so until February every stay was severity I, below its peers; after coding training a new coder records documented complications and from March about one stay in five groups at severity II or III, the peers’ share, each with its transfusion, laboratory and extra days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.sungaiPenuh, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const nearMiss: BuiltClaim[] = [];
    for (let month = 1; month <= 5; month++)
      for (let k = 0; k < 10; k++) {
        const n = (month - 1) * 10 + k;
        const g = GROUPS[k % 4] as (typeof GROUPS)[number];
        const day = `2026-0${month}-${String(2 + 2 * k).padStart(2, '0')}`;
        // the same two patients in ten each month had the complication; from March it is coded
        const complicated = k === 1 || k === 6;
        const coded = complicated && month >= 3;
        const severity = coded ? (k === 1 ? 'III' : 'II') : 'I';
        nearMiss.push(
          ctx.claim({
            member: ctx.member({
              sex: n % 2 ? 'P' : 'L',
              birthDate: bornBefore(day, 25 + ((n * 7) % 45), n),
              segment: n % 3 ? 'PBI' : 'PBPU',
              careClass: 3,
              regency: rs.regency,
            }),
            facility: rs,
            masuk: day,
            // honest stays spread around the group's mean (one day under to one over, and no one admitted
            // for fluids or antibiotics goes home before the third day), the complicated three over
            pulang: addDays(day, complicated ? g.los + 3 : Math.max(3, g.los + (n % 3) - 1)),
            cbg: `${g.cmg}-${severity}`,
            dx: coded ? [g.dx, g.added] : [g.dx],
            px: complicated ? [...g.px, ...g.extraPx] : [...g.px],
            dpjp: doctors[n % 2] as string,
            coder: month >= 3 ? 2 : 1,
            scale: complicated ? times(bill(10_700 + n), g.care) : bill(10_700 + n),
            sep: igd({ masukAt: hhmm(15 + (n % 8), (9 * n) % 60) }),
          }),
        );
      }
    return { nearMiss };
  },
});
