// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else; diagnosis inconsistent with
// age". Uninsured daughters in Lombok Tengah give birth on their mothers' PBI cards at a new class
// C private hospital: an antenatal visit and a vaginal delivery on the card of a woman of 51 to 55,
// an age just past childbearing (reproductive age 15-49; a birth after 50 is a rarity of assisted
// conception, not of PBI women in a district). The card holders keep coming to the same
// hospital's clinic for their own hypertension (context), before and after "their" delivery.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-ABUSE-101',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Anak perempuan tanpa JKN di Lombok Tengah melahirkan dengan kartu PBI ibunya di RS swasta kelas C baru: satu kunjungan antenatal dan persalinan normal pada kartu perempuan berusia 51-55 tahun, sementara pemilik kartu tetap kontrol hipertensi di poli RS yang sama.',
    en: 'Uninsured daughters in Lombok Tengah give birth on their mothers’ PBI cards at a new class C private hospital: an antenatal visit and a vaginal delivery on the card of a woman aged 51-55, while the card holder keeps attending the same hospital’s clinic for her hypertension.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.lombokTengah, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    for (let i = 0; i < 5; i++) {
      const delivery = addDays('2026-03-09', 11 * i);
      const holder = ctx.member({
        sex: 'P',
        birthDate: bornBefore(delivery, 51 + i, i),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
      });
      const control = (day: string, k: number) =>
        ctx.claim({
          member: holder,
          facility: rs,
          masuk: day,
          cbg: 'Q-5-44-0',
          dx: ['I10'],
          dpjp: internist,
          scale: bill(12_000 + 3 * i + k),
          sep: jalan(referredBy(ctx, holder, puskesmas, rs, day, ['I10']), { masukAt: hhmm(8, 10 * i) }),
        });
      context.push(control(clinicDay(addDays(delivery, -50)), 0), control(clinicDay(addDays(delivery, 30)), 1));
      const anc = clinicDay(addDays(delivery, -24));
      fraud.push(
        ctx.claim({
          member: holder,
          facility: rs,
          masuk: anc,
          cbg: 'O-7-10-0',
          dx: ['Z34.9'],
          px: ['88.78'],
          dpjp: obstetrician,
          // antenatal care dispenses iron and folate, not the holder's antihypertensives
          scale: { ...bill(12_020 + i), tarif_obat_kronis: 0 },
          sep: jalan(referredBy(ctx, holder, puskesmas, rs, anc, ['Z34.9']), { masukAt: hhmm(10, 5 * i) }),
        }),
        ctx.claim({
          member: holder,
          facility: rs,
          masuk: delivery,
          pulang: addDays(delivery, 2),
          cbg: 'O-6-13-I',
          dx: ['O80.0'],
          px: ['73.59'],
          dpjp: obstetrician,
          scale: bill(12_030 + i),
          sep: igd({ masukAt: hhmm(2 + 4 * i, 25) }),
        }),
      );
    }
    return { context, fraud };
  },
});
