// Near miss of REPEAT_BILLING (RT-REPEAT-111's honest twin): two cards, one birth date, the same
// stay. Twins share a house, a bedroom and the mosquitoes: in the February dengue season four pairs
// of school-age and young-adult twins in Lombok Barat fall ill together and are admitted by the
// same paediatrician or internist of a class C private hospital, most the same evening, one twin
// of a pair a day after the other. Same birth date, sex, family card, hospital, doctor, group and
// dates, two members (two NIKs, two cards) and two patients' bills.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES11 } from './r11-common.js';

/** Each pair: admission day, age, sex, days after the first twin the second comes in. */
const PAIRS = [
  ['2026-02-03', 9, 'P', 0],
  ['2026-02-11', 15, 'L', 1],
  ['2026-02-19', 21, 'P', 0],
  ['2026-03-02', 12, 'L', 0],
] as const;

export default defineScenario({
  id: 'RT-NM-TWINS-111',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Pada musim demam berdarah Februari empat pasang kembar usia sekolah dan dewasa muda di Lombok Barat sakit bersama dan dirawat dokter yang sama di RS swasta kelas C, kebanyakan malam yang sama, satu pasang selisih sehari; tanggal lahir, jenis kelamin, KK, RS, dokter, kelompok dan tanggal sama, tetapi dua peserta dan dua tagihan pasien.',
    en: 'In the February dengue season four pairs of school-age and young-adult twins in Lombok Barat fall ill together and are admitted by the same doctor of a class C private hospital, most the same evening, one pair a day apart; same birth date, sex, family card, hospital, doctor, group and dates, but two members and two patients’ bills.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.lombokBarat, hospitalClass: 'C' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    PAIRS.forEach(([day, age, sex, lag], p) => {
      const household = ctx.household(rs.regency);
      const born = bornBefore(day, age, p);
      ctx.member({
        sex: 'L',
        birthDate: bornBefore(day, age + 31, p),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'KEPALA' },
      });
      ctx.member({
        sex: 'P',
        birthDate: bornBefore(day, age + 27, p),
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        family: { household, role: 'PASANGAN' },
      });
      for (const k of [0, 1]) {
        const twin = ctx.member({
          sex,
          birthDate: born,
          segment: 'PBI',
          careClass: 3,
          regency: rs.regency,
          family: { household, role: 'ANAK' },
        });
        const masuk = addDays(day, k * lag);
        nearMiss.push(
          ctx.claim({
            member: twin,
            facility: rs,
            masuk,
            pulang: addDays(day, 4),
            cbg: 'A-4-13-I',
            dx: [p % 2 ? 'A91' : 'A90'],
            px: ['90.59'],
            dpjp: age < 18 ? paediatrician : internist,
            scale: bill(14_800 + 2 * p + k),
            sep: igd({ masukAt: hhmm(19 + k, 20 + 15 * k) }),
          }),
        );
      }
    });
    return { nearMiss };
  },
});
