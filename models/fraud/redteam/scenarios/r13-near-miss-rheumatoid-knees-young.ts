// Near miss for PARTICIPANT_ABUSE (honest twin of RT-ABUSE-131): a new class B government hospital
// in Kabupaten Tasikmalaya replaces knees, mostly osteoarthritic knees of older members (context).
// Three women aged 38 with long-standing rheumatoid arthritis (M06.9, seen at its clinic for
// years on their own cards) have knees destroyed by the disease and get a replacement too
// (M-1-31-I with the implant, the rheumatoid disease coded first): young for a knee replacement,
// and their own.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const RHEUMATOID = new Set([1, 5, 9]);

export default defineScenario({
  id: 'RT-NM-RHEUMATOID-132',
  kind: 'near_miss',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'RSUD kelas B baru di Kabupaten Tasikmalaya mengganti sendi lutut, kebanyakan osteoartritis peserta lanjut usia. Tiga perempuan berusia 38 tahun dengan artritis reumatoid lama (M06.9, kontrol bertahun-tahun di poli dengan kartu sendiri) lututnya rusak oleh penyakit itu dan juga menjalani penggantian sendi: muda untuk penggantian lutut, dan memang kartunya sendiri.',
    en: 'A new class B government hospital in Kabupaten Tasikmalaya replaces knees, mostly older members’ osteoarthritic knees. Three women aged 38 with long-standing rheumatoid arthritis (M06.9, followed at its clinic for years on their own cards) have knees destroyed by the disease and get a replacement too: young for a knee replacement, and their own card.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.kabTasikmalaya, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const orthopaedist = ctx.doctor({ specialty: 'SP_OT', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-02-03', 12, 8).forEach((d, i) => {
      const day = clinicDay(d);
      const rheumatoid = RHEUMATOID.has(i);
      const member = rheumatoid
        ? patient(ctx, rs, day, i, { age: 36 + 2 * (i % 4), sex: 'P' })
        : patient(ctx, rs, day, i, { age: 61 + ((i * 4) % 15), sex: i % 3 ? 'P' : 'L' });
      if (rheumatoid) {
        // the rheumatology follow-up of the months before, on her own card
        const letter = referredBy(ctx, member, puskesmas, rs, '2026-01-05', ['M06.9']);
        [0, 1].forEach((k) =>
          context.push(
            ctx.claim({
              member,
              facility: rs,
              masuk: clinicDay(addDays('2026-01-05', 14 * k)),
              cbg: 'M-5-15-0',
              dx: ['M06.9'],
              px: [],
              dpjp: internist,
              scale: bill(16_000 + 2 * i + k),
              components: { tarif_obat_kronis: 310_000 + 10_000 * i },
              sep: jalan(letter, { masukAt: hhmm(9, 10 * k) }),
            }),
          ),
        );
      }
      const dx = rheumatoid ? ['M06.9', 'M17.9'] : ['M17.9'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'M-1-31-I',
        dx,
        px: ['81.54'],
        laterality: [i % 2 ? 'L' : 'R'],
        specialCmg: ['RR-02'],
        dpjp: orthopaedist,
        scale: bill(16_050 + i),
        sep: inap(rheumatoid ? ctx.hospitalReferral(rs, day) : referredBy(ctx, member, puskesmas, rs, day, dx), {
          masukAt: hhmm(8 + (i % 3), (9 * i) % 60),
        }),
      });
      (rheumatoid ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
