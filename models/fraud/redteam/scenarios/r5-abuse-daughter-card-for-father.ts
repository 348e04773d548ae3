// DOMAIN.md section 3, PARTICIPANT_ABUSE: "card used by someone else; diagnosis inconsistent
// with age/sex". Two young women in their first pregnancy, with antenatal visits at one
// hospital, lend their cards at another hospital to their uninsured fathers: COPD
// exacerbations (J44: from 40, GOLD) and a senile cataract operation (H25: age-related) appear
// on the card of a pregnant 26- or 29-year-old, in the same months as her antenatal care. No
// code is sex-specific; the ages and the concurrent pregnancy give it away.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill, phacoComponents, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-ABUSE-51',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Dua perempuan muda yang sedang hamil (ANC di satu RS) meminjamkan kartunya di RS lain kepada ayahnya yang tidak berasuransi: eksaserbasi PPOK (J44, usia 40+) dan operasi katarak senilis (H25) muncul di kartu perempuan hamil berusia 26 dan 29 tahun pada bulan-bulan yang sama dengan ANC-nya.',
    en: 'Two young pregnant women (antenatal care at one hospital) lend their cards at another hospital to their uninsured fathers: COPD exacerbations (J44, age 40+) and a senile cataract operation (H25) appear on the cards of pregnant 26- and 29-year-olds in the months of their antenatal care.',
  },
  build(ctx) {
    const place = PLACES.surabaya;
    const maternity = ctx.facility({ place, hospitalClass: 'C', offset: [0.03, 0.03] });
    const general = ctx.facility({ place, hospitalClass: 'B', offset: [-0.035, 0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [maternity] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [general] });
    const ophthalmologist = ctx.doctor({ specialty: 'SP_M', at: [general] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const women = [
      ['2000-02-14', '2026-01-09'],
      ['1997-06-03', '2026-01-16'],
    ] as const;
    women.forEach(([born, firstVisit], w) => {
      const household = ctx.household(place.regency);
      ctx.member({
        sex: 'L',
        birthDate: w ? '1994-10-10' : '1998-04-21',
        segment: 'PPU',
        careClass: 2,
        regency: place.regency,
        family: { household, role: 'KEPALA' },
      });
      const { member, referral } = referredPatient(
        ctx,
        { sex: 'P', birthDate: born, segment: 'PPU', careClass: 2, family: { household, role: 'PASANGAN' } },
        puskesmas,
        maternity,
        firstVisit,
        ['Z34.9'],
      );
      for (let month = 0; month < 5; month++) {
        const day = addDays(firstVisit, month * 28);
        context.push(
          ctx.claim({
            member,
            facility: maternity,
            masuk: day,
            cbg: 'O-7-10-0',
            dx: ['Z34.9'],
            px: ['88.78'],
            dpjp: obstetrician,
            scale: bill(5 * w + month),
            sep: jalan(month === 0 ? referral : ctx.hospitalReferral(maternity, day)),
          }),
        );
      }
      for (const offset of [20, 75]) {
        const day = addDays(firstVisit, offset + w * 3);
        fraud.push(
          ctx.claim({
            member,
            facility: general,
            masuk: day,
            pulang: addDays(day, 4),
            cbg: 'J-4-10-I',
            dx: ['J44.1'],
            px: ['93.96', '87.44'],
            dpjp: pulmonologist,
            scale: bill(20 + w * 2 + offset),
            sep: igd({ masukAt: '04:15' }),
          }),
        );
      }
      const eye = addDays(firstVisit, 47 + w * 2);
      fraud.push(
        ctx.claim({
          member,
          facility: general,
          masuk: eye,
          cbg: 'H-2-36-0',
          dx: ['H25.9'],
          px: ['13.41', '13.71'],
          laterality: ['R', 'R'],
          specialCmg: ['SP-02'],
          // each father's own lens and drugs
          components: phacoComponents(member.careClass, general, w ? 1.06 : 0.95),
          dpjp: ophthalmologist,
          sep: jalan(ctx.hospitalReferral(general, eye), { masukAt: '08:30', pulangAt: '12:00' }),
        }),
      );
    });
    return { context, fraud };
  },
});
