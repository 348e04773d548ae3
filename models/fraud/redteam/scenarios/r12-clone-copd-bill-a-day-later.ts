// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor or day", with the copies a day or two apart rather than on one day. At a new
// class C private hospital in Tana Toraja (South Sulawesi, WITA) a pulmonologist's COPD
// exacerbations are admitted all season (context: each bill its own). Four times a genuine stay is
// copied onto two other elderly members of the regency, admitted one and two days later for the
// same five days: the same diagnoses and procedures and the 18 tariff lines to the rupiah.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-CLONE-121',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Di RS swasta kelas C baru di Tana Toraja, empat kali rawat inap PPOK eksaserbasi yang asli disalin ke dua peserta lansia lain yang "masuk" satu dan dua hari kemudian selama lima hari yang sama: diagnosis, tindakan dan 18 komponen tarif sama sampai rupiah, dokter paru yang sama.',
    en: 'At a new class C private hospital in Tana Toraja, four genuine COPD exacerbation stays are each copied onto two other elderly members "admitted" one and two days later for the same five days: diagnoses, procedures and the 18 tariff lines identical to the rupiah, same pulmonologist.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.tanaToraja, hospitalClass: 'C' });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    let n = 0;
    const stay = (day: string, dx: string[], extra: object = {}): BuiltClaim =>
      ctx.claim({
        member: patient(ctx, rs, day, n, { age: 58 + ((n * 3) % 20), sex: n % 4 === 3 ? 'P' : 'L' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5),
        cbg: 'J-4-10-I',
        dx,
        px: ['93.96', '87.44'],
        dpjp: pulmonologist,
        sep: igd({ masukAt: hhmm(17 + (n % 6), (13 * n++) % 60) }),
        ...extra,
      });
    every('2026-01-08', 12, 9).forEach((day, i) => {
      const original = stay(day, i % 3 ? ['J44.1'] : ['J44.1', 'J44.9'], { scale: bill(12_600 + i) });
      context.push(original);
      if (i % 3 !== 1) return;
      for (const lag of [1, 2])
        fraud.push(stay(addDays(day, lag), original.row['diagnosa']!.split('#'), { components: componentsOf(original) }));
    });
    return { fraud, context };
  },
});
