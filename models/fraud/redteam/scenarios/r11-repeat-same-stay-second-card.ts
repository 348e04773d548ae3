// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice", with a second id
// for the same person. Duplicate membership is a known JKN data problem: a villager enrolled as PBI
// by the regency is later registered by his employer as a wage earner under a second NIK (the serial
// typed anew), and holds two active cards. A new class C private hospital in Lampung Timur
// bills such patients' stays under the wage-earner card at class 2, and five to six weeks later
// again under the PBI card at class 3: same birth date, sex and regency, same hospital, doctor,
// dates, diagnoses and group; only the card, the class and the SEP differ.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

const STAYS = [
  { cbg: 'A-4-11-I', dx: ['A01.0'], px: ['99.21'], days: 4 },
  { cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44', '99.21'], days: 5 },
  { cbg: 'K-4-17-I', dx: ['A09', 'E86'], px: ['99.18'], days: 3 },
  { cbg: 'A-4-13-I', dx: ['A91'], px: ['90.59'], days: 4 },
  { cbg: 'N-4-11-I', dx: ['N39.0'], px: ['99.21'], days: 3 },
] as const;

export default defineScenario({
  id: 'RT-REPEAT-111',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Peserta dengan kepesertaan ganda (PBI dari pemda dan PPU dari pemberi kerja, dua NIK berbeda) dirawat di RS swasta kelas C baru di Lampung Timur; rawat inapnya ditagihkan dengan kartu PPU kelas 2, lalu lima-enam minggu kemudian lagi dengan kartu PBI kelas 3: tanggal lahir, jenis kelamin, kabupaten, RS, dokter, tanggal, diagnosis dan kelompok sama.',
    en: 'Members holding two cards (PBI from the regency, PPU from the employer, two different NIKs) are treated at a new class C private hospital in Lampung Timur; each stay is billed on the PPU card at class 2, then five to six weeks later again on the PBI card at class 3: same birth date, sex, regency, hospital, doctor, dates, diagnoses and group.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.lampungTimur, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    every('2026-01-15', 5, 18).forEach((day, i) => {
      const s = STAYS[i] as (typeof STAYS)[number];
      const born = bornBefore(day, 27 + 6 * i, i);
      const sex = i % 3 === 2 ? 'P' : 'L';
      const asWorker: Member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: `${2019 + (i % 5)}-0${2 + i}-01`, wage: 3_600_000 + 250_000 * i },
      });
      const asPbi: Member = ctx.member({
        sex,
        birthDate: born,
        segment: 'PBI',
        careClass: 3,
        regency: rs.regency,
        jknRegistered: '2014-01-01',
      });
      const pulang = addDays(day, s.days);
      const stay = (member: Member, submitted: string): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang,
          cbg: s.cbg,
          dx: [...s.dx],
          px: [...s.px],
          dpjp: internist,
          submitted,
          scale: bill(15_600 + i),
          sep: igd({ masukAt: hhmm(18 + (i % 5), 7 * i) }),
        });
      context.push(stay(asWorker, addDays(pulang, 10)));
      fraud.push(stay(asPbi, addDays(pulang, 45 + 3 * i)));
    });
    return { context, fraud };
  },
});
