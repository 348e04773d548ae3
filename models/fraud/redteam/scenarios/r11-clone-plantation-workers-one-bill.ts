// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". The klinik pratama of an oil-palm estate in Kotabaru
// (South Kalimantan) refers its workers (wage earners, class 2) with stomach complaints to a new
// class C private hospital. One worker's three-day gastroenteritis stay in January is genuine; the
// hospital then bills seven of his colleagues, each seen at the estate clinic with dyspepsia and
// referred, as copies of that stay: the same diagnoses and procedure, three days, all 18 lines to
// the rupiah, under one or the other internist, a copy every eight days so that each falls a
// weekday later than the one before. Other patients' gastroenteritis stays there are billed as
// they come (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-CLONE-111',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Klinik pratama kebun sawit di Kotabaru merujuk pekerjanya (PPU kelas 2) ke RS swasta kelas C baru; satu rawat inap gastroenteritis tiga hari seorang pekerja pada Januari asli, lalu tujuh rekannya yang dirujuk klinik karena dispepsia ditagihkan sebagai salinan rawat inap itu: diagnosis, prosedur, tiga hari dan 18 komponen sama persis, dua internis bergantian, satu salinan setiap delapan hari.',
    en: 'An oil-palm estate’s primary clinic in Kotabaru refers its workers (class 2 wage earners) to a new class C private hospital; one worker’s three-day gastroenteritis stay in January is genuine, then seven colleagues referred by the clinic for dyspepsia are billed as copies of it: the same diagnoses, procedure, three days and 18 lines to the rupiah, two internists in turn, one copy every eight days.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kotabaru, hospitalClass: 'C' });
    const estateClinic = ctx.fktp(rs.regency, 'KLINIK_PRATAMA');
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const worker = (day: string, i: number): Member =>
      ctx.member({
        sex: i % 6 === 5 ? 'P' : 'L',
        birthDate: bornBefore(day, 22 + ((i * 5) % 26), i),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: `${2015 + (i % 9)}-0${1 + (i % 9)}-01`, wage: 3_300_000 + 60_000 * i },
      });
    const day0 = '2026-01-13';
    const first = worker(day0, 0);
    const template = ctx.claim({
      member: first,
      facility: rs,
      masuk: day0,
      pulang: addDays(day0, 3),
      cbg: 'K-4-17-I',
      dx: ['A09', 'E86'],
      px: ['99.18'],
      dpjp: internists[0] as string,
      scale: bill(15_100),
      sep: inap(referredBy(ctx, first, estateClinic, rs, day0, ['A09']), { masukAt: hhmm(10, 40) }),
    });
    const copy = componentsOf(template);
    const fraud: BuiltClaim[] = Array.from({ length: 7 }, (_, k) => {
      const day = addDays(day0, 8 * (k + 1));
      const member = worker(day, k + 1);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-4-17-I',
        dx: ['A09', 'E86'],
        px: ['99.18'],
        dpjp: internists[(k + 1) % 2] as string,
        components: copy,
        sep: inap(referredBy(ctx, member, estateClinic, rs, day, ['K30']), { masukAt: hhmm(9 + (k % 4), 10 + 5 * k) }),
      });
    });
    const context: BuiltClaim[] = [template];
    every('2026-01-08', 9, 14).forEach((day, i) =>
      context.push(
        ctx.claim({
          member: patient(ctx, rs, day, 20 + i, { age: 8 + ((i * 9) % 60) }),
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2 + (i % 3)),
          cbg: 'K-4-17-I',
          dx: i % 2 ? ['A09'] : ['K52.9', 'E86'],
          px: ['99.18'],
          dpjp: internists[i % 2] as string,
          scale: bill(15_120 + i),
          sep: igd({ masukAt: hhmm(15 + (i % 8), 5 * i) }),
        }),
      ),
    );
    return { fraud, context };
  },
});
