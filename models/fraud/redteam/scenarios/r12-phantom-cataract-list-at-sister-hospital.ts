// DOMAIN.md section 3, PHANTOM_BILLING: "impossible doctor volume per day", split over the
// surgeon's two licences (KPK, July 2024: cataract operations billed that never happened). An
// ophthalmologist holds licences at a new class C private hospital in Minahasa Utara (North
// Sulawesi, WITA) and at its sister clinic-hospital across town. His honest lists (context): six
// phacoemulsifications on Tuesday mornings at the first, five on Wednesday mornings at the second.
// On three Tuesdays the sister hospital also bills a full list of six under his name, operation
// times 08:30-12:15, the same hours as his real list across town.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { phacoComponents } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const PHANTOM_TUESDAYS = new Set(['2026-02-10', '2026-03-10', '2026-04-14']);

export default defineScenario({
  id: 'RT-PHANTOM-122',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Dokter mata dengan SIP di RS swasta kelas C baru di Minahasa Utara dan di RS saudaranya: daftar operasi katarak jujur Selasa pagi di RS pertama (enam) dan Rabu pagi di RS kedua (lima); pada tiga hari Selasa RS kedua juga menagih enam fakoemulsifikasi atas namanya pada jam 08.30-12.15, jam yang sama dengan daftar operasinya di RS pertama.',
    en: 'An ophthalmologist licensed at a new class C private hospital in Minahasa Utara and at its sister hospital: honest cataract lists on Tuesday mornings at the first (six) and Wednesday mornings at the second (five); on three Tuesdays the sister hospital also bills six phacoemulsifications under his name at 08:30-12:15, the same hours as his real list at the first.',
  },
  build(ctx) {
    const rsA = ctx.facility({ place: PLACES12.minahasaUtara, hospitalClass: 'C' });
    const rsB = ctx.facility({ place: PLACES12.minahasaUtara, hospitalClass: 'C', offset: [0.03, -0.04] });
    const puskesmas = ctx.fktp(rsA.regency, 'PUSKESMAS');
    const ophthalmologist = ctx.doctor({ specialty: 'SP_M', at: [rsA, rsB] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let n = 0;
    const list = (rs: Facility, day: string, count: number, out: BuiltClaim[]) => {
      for (let k = 0; k < count; k++) {
        const member = patient(ctx, rs, day, n, { age: 55 + ((n * 7) % 26) });
        const side = n++ % 2 ? 'L' : 'R';
        const start = 8 * 60 + 30 + 45 * k;
        out.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'H-2-36-0',
            dx: ['H25.9'],
            px: ['13.41', '13.71'],
            laterality: [side, side],
            dpjp: ophthalmologist,
            components: phacoComponents(member.careClass, rs, 1 + 0.02 * (k % 3)),
            sep: jalan(referredBy(ctx, member, puskesmas, rs, day, ['H25.9']), {
              masukAt: hhmm(Math.floor((start - 60) / 60), (start - 60) % 60),
              operasiAt: `${day} ${hhmm(Math.floor(start / 60), start % 60)}`,
              pulangAt: hhmm(Math.floor((start + 120) / 60), (start + 120) % 60),
            }),
          }),
        );
      }
    };
    every('2026-01-13', 15, 7).forEach((tuesday) => {
      const day = clinicDay(tuesday);
      list(rsA, day, 6, context);
      if (PHANTOM_TUESDAYS.has(day)) list(rsB, day, 6, fraud);
      list(rsB, clinicDay(addDays(day, 1)), 5, context);
    });
    return { fraud, context };
  },
});
