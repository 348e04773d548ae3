// DOMAIN.md section 3, VENTILATOR: "ventilator hours bunched just above 96 h", in a neonatal unit.
// The NICU of a new class B private hospital in Kabupaten Jayapura (Papua, WIT) ventilates preterm
// babies with respiratory distress for as long as they need (18 to 160 hours, coded 96.71 or 96.72
// as the hours say, context). Four babies extubated on the fourth day (80-90 hours) are recorded at
// 98 to 101 hours, just past 96.72's line, which moves the stay to severity III. Each sick newborn
// has a stay on its own card, registered the day after birth, on its parents' family card.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

const HOURS = [18, 99, 44, 60, 101, 30, 72, 98, 130, 85, 160, 100, 52] as const;
const BUNCHED = new Set([1, 4, 7, 11]);

export default defineScenario({
  id: 'RT-VENT-121',
  kind: 'fraud',
  code: 'VENTILATOR',
  description: {
    id: 'NICU RS swasta kelas B baru di Kabupaten Jayapura memberi ventilasi bayi prematur dengan gawat napas selama yang dibutuhkan (18-160 jam, kode sesuai jam); empat bayi yang diekstubasi hari keempat (80-90 jam) dicatat 98-101 jam, tepat di atas batas 96.72, sehingga keparahan naik ke III.',
    en: 'The NICU of a new class B private hospital in Kabupaten Jayapura ventilates preterm babies for as long as needed (18-160 hours, coded as the hours say); four babies extubated on the fourth day (80-90 hours) are recorded at 98-101 hours, just past the 96.72 line, which moves the stay to severity III.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabJayapura, hospitalClass: 'B' });
    const paediatricians = [ctx.doctor({ specialty: 'SP_A', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-10', HOURS.length, 9).forEach((born, i) => {
      const hours = HOURS[i] as number;
      const household = ctx.household(rs.regency);
      const parent = (sex: 'L' | 'P', role: 'KEPALA' | 'PASANGAN') =>
        ctx.member({
          sex,
          birthDate: bornBefore(born, 24 + (i % 9) + (sex === 'L' ? 3 : 0), i),
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
          family: { household, role },
        });
      parent('L', 'KEPALA');
      parent('P', 'PASANGAN');
      const baby = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: born,
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        jknRegistered: addDays(born, 1),
        family: { household, role: 'ANAK' },
      });
      const claim = ctx.claim({
        member: baby,
        facility: rs,
        masuk: born,
        pulang: addDays(born, 9 + Math.ceil(hours / 24)),
        cbg: hours >= 96 ? 'P-8-17-III' : 'P-8-17-II',
        dx: i % 3 ? ['P07.3', 'P22.0'] : ['P22.0', 'P07.1'],
        px: ['96.04', hours >= 96 ? '96.72' : '96.71', '93.96'],
        icuDays: 2 + Math.ceil(hours / 24),
        ventilatorHours: hours,
        tglSep: addDays(born, 1),
        dpjp: paediatricians[i % 2] as string,
        scale: bill(13_700 + i),
        sep: igd({ masukAt: hhmm(1 + ((i * 5) % 22), (13 * i) % 60) }),
      });
      (BUNCHED.has(i) ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
