// Near miss for UNBUNDLING (honest twin of RT-UNBUND-131): a new class C private hospital in Aceh
// Besar treats typhoid in four- or five-day stays (context). Three patients insist on going home on
// the second day against advice (discharge status 3, pulang atas permintaan sendiri: a harvest, a
// family wedding) and come back through the emergency room the next evening, feverish again, for a
// second stay of three or four days: two SEPs on adjacent days, each stay real, the gap spent at home.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const LEFT = new Set([1, 6, 10]);

export default defineScenario({
  id: 'RT-NM-APS-137',
  kind: 'near_miss',
  code: 'UNBUNDLING',
  description: {
    id: 'RS swasta kelas C baru di Aceh Besar merawat demam tifoid empat-lima hari. Tiga pasien memaksa pulang hari kedua atas permintaan sendiri (status pulang 3: panen, pesta pernikahan keluarga) dan kembali lewat IGD malam berikutnya karena demam lagi, untuk rawat inap kedua tiga-empat hari: dua SEP pada hari berdekatan, keduanya nyata, jedanya di rumah.',
    en: 'A new class C private hospital in Aceh Besar treats typhoid in four- or five-day stays. Three patients insist on leaving on the second day against advice (discharge status 3: a harvest, a family wedding) and return through the emergency room the next evening, feverish again, for a second stay of three or four days: two SEPs on adjacent days, both real, the gap at home.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.acehBesar, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 14, 8.5).forEach((day, i) => {
      const child = i % 4 === 3;
      const member = patient(ctx, rs, day, i, { age: child ? 7 + i : 17 + ((i * 5) % 40) });
      const stay = (masuk: string, los: number, k: number, extra: { discharge?: 3; pulangAt?: string; masukAt: string }): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'A-4-11-I',
          dx: ['A01.0'],
          px: ['99.21'],
          dpjp: child ? paediatrician : internist,
          scale: bill(15_600 + 2 * i + k),
          ...(extra.discharge ? { discharge: extra.discharge } : {}),
          sep: igd({ masukAt: extra.masukAt, ...(extra.pulangAt ? { pulangAt: extra.pulangAt } : {}) }),
        });
      if (!LEFT.has(i)) {
        context.push(stay(day, 4 + (i % 2), 0, { masukAt: hhmm(10 + (i % 12), (7 * i) % 60) }));
        return;
      }
      const left = addDays(day, 2);
      context.push(stay(day, 2, 0, { discharge: 3, pulangAt: '16:30', masukAt: hhmm(9 + (i % 5), (7 * i) % 60) }));
      nearMiss.push(stay(addDays(left, 1), 3 + (i % 2), 1, { masukAt: hhmm(20, 15 + i) }));
    });
    return { nearMiss, context };
  },
});
