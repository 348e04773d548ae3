// DOMAIN.md section 3, INFLATED_BILL: drugs inflated. One pulmonologist's COPD exacerbation
// stays at a class C government hospital carry a drug line three times the group's: branded
// combination inhalers and nebules billed at retail price for the whole stay and a month's
// take-home supply, where the national formulary (Fornas) generics are stocked. His
// colleague's COPD stays in the same months bill the ordinary drug line.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-INFLATED-83',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Rawat eksaserbasi PPOK seorang dokter paru di RS pemerintah kelas C menagih komponen obat tiga kali kelompoknya: inhaler kombinasi dan nebul bermerek harga eceran untuk seluruh rawat dan bekal sebulan, padahal generik Fornas tersedia; rawat PPOK rekannya pada bulan yang sama biasa.',
    en: 'One pulmonologist’s COPD exacerbation stays at a class C government hospital bill the drug line at three times the group’s: branded combination inhalers and nebules at retail price for the stay and a month’s supply, where Fornas generics are stocked; his colleague’s COPD stays in the same months are ordinary.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.sawahlunto, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const [inflating, colleague] = [ctx.doctor({ specialty: 'SP_P', at: [rs] }), ctx.doctor({ specialty: 'SP_P', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let n = 0; n < 12; n++) {
      const day = addDays('2026-01-07', 11 * n);
      const theirs = n % 2 === 0;
      const claim = ctx.claim({
        member: ctx.member({
          sex: n % 4 ? 'L' : 'P',
          birthDate: bornBefore(day, 56 + ((n * 5) % 24), n),
          segment: n % 3 ? 'PBI' : 'PBPU',
          careClass: 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5 + (n % 2)),
        cbg: 'J-4-10-I',
        dx: ['J44.1'],
        px: ['93.96', '87.44'],
        dpjp: theirs ? (inflating as string) : (colleague as string),
        scale: theirs ? times(bill(9600 + n), { tarif_obat: 3 }) : bill(9600 + n),
        sep: igd({ masukAt: hhmm(6 + (n % 14), 50) }),
      });
      (theirs ? fraud : context).push(claim);
    }
    return { fraud, context };
  },
});
