// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else; diagnosis inconsistent with
// age". Senile cataract (H25) is a disease of old age (data-samples/reference/icd10-age.ts: from 40).
// In Bima (West Nusa Tenggara) fathers without JKN go to a cataract day of a new class C private
// hospital with the PBI card of a son of 22-31 on the same family card: the puskesmas writes the
// referral on the son's card (a P-Care visit for H25.9), the hospital operates one eye by phaco
// with a lens and bills the day case with its top-up. The son's own card shows a young man's
// complaints at the puskesmas weeks before.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { phacoComponents } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-ABUSE-111',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Di Bima ayah tanpa JKN datang ke hari operasi katarak RS swasta kelas C baru dengan kartu PBI anak laki-lakinya (22-31 tahun) di KK yang sama: puskesmas menulis rujukan di kartu anak (P-Care, H25.9), RS mengoperasi satu mata dengan fakoemulsifikasi dan lensa dan menagih paket beserta top-up; kartu si anak mencatat keluhan anak muda di puskesmas beberapa minggu sebelumnya.',
    en: 'In Bima fathers without JKN go to a new class C private hospital’s cataract day with the PBI card of a son aged 22-31 on the same family card: the puskesmas writes the referral on the son’s card (P-Care, H25.9), the hospital operates one eye by phaco with a lens and bills the day case with its top-up; the son’s card shows a young man’s complaints at the puskesmas weeks before.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kabBima, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ophthalmologist = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-24', 6, 18).map((d, i) => {
      const day = clinicDay(d);
      const household = ctx.household(rs.regency);
      // the mother is the spouse on the card; the father, its head, has no JKN and is in no extract
      ctx.member({
        sex: 'P',
        birthDate: bornBefore(day, 50 + i, i),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'PASANGAN' },
      });
      const son = ctx.member({
        sex: 'L',
        birthDate: bornBefore(day, 22 + ((i * 2) % 10), i),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'ANAK' },
      });
      ctx.fktpVisit({ member: son, fktp: puskesmas, date: clinicDay(addDays(day, -30 - 3 * i)), dx: [i % 2 ? 'J06.9' : 'S93.4'] });
      return ctx.claim({
        member: son,
        facility: rs,
        masuk: day,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        laterality: i % 2 ? ['L', 'L'] : ['R', 'R'],
        specialCmg: ['SP-02'],
        dpjp: ophthalmologist,
        components: phacoComponents(3, rs, 1 + 0.02 * (i % 3)),
        sep: jalan(referredBy(ctx, son, puskesmas, rs, day, ['H25.9']), { masukAt: hhmm(7, 30 + 5 * i) }),
      });
    });
    return { fraud };
  },
});
