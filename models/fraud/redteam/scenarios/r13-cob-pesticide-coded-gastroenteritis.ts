// DOMAIN.md section 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK", with the injury moved
// off the S/T chapters. Workers of a horticulture company in Karo (North Sumatra), PPU members, are
// poisoned spraying organophosphate on the company's vegetable fields. The employer reports each as a
// work accident through e-PLKK and JKK pays a new class C private hospital for the treatment under
// its own SEP. The hospital also bills JKN for the same stay under a second SEP, coded as
// gastroenteritis (A09: "vomiting and diarrhoea"), not as poisoning. Gastroenteritis of the
// district's other patients is context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

const WORKERS = new Set([2, 5, 9, 12]);

export default defineScenario({
  id: 'RT-COB-131',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pekerja perusahaan hortikultura di Karo (peserta PPU) keracunan organofosfat saat menyemprot ladang sayur perusahaan; pemberi kerja melaporkan lewat e-PLKK dan JKK membayar perawatan di RS swasta kelas C baru dengan SEP tersendiri. RS juga menagih JKN untuk rawat inap yang sama dengan SEP kedua, dikode gastroenteritis (A09, "muntah dan diare"), bukan keracunan.',
    en: 'Workers of a horticulture company in Karo (PPU members) are poisoned spraying organophosphate on the company’s vegetable fields; the employer reports each through e-PLKK and JKK pays a new class C private hospital for the treatment under its own SEP. The hospital also bills JKN for the same stay under a second SEP, coded as gastroenteritis (A09, "vomiting and diarrhoea"), not as poisoning.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.karo, hospitalClass: 'C' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 16, 8).forEach((d, i) => {
      const worker = WORKERS.has(i);
      const day = d;
      const member = worker
        ? ctx.member({
            sex: i % 2 ? 'P' : 'L',
            birthDate: bornBefore(day, 23 + ((i * 3) % 25), i),
            segment: 'PPU',
            careClass: 2,
            regency: rs.regency,
            worker: { since: `${2019 + (i % 6)}-0${1 + (i % 8)}-01`, wage: 3_300_000 + 90_000 * i },
          })
        : patient(ctx, rs, day, i, { age: 15 + ((i * 6) % 50) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-4-17-I',
        dx: worker ? ['A09', 'E86'] : i % 2 ? ['A09'] : ['A09', 'E86'],
        px: ['99.18'],
        dpjp: internist,
        scale: bill(14_800 + i),
        sep: igd({ masukAt: hhmm(worker ? 11 + (i % 4) : 17 + (i % 6), (13 * i) % 60) }),
      });
      if (!worker) {
        context.push(claim);
        return;
      }
      fraud.push(claim);
      ctx.kkpak({
        member,
        accidentDate: day,
        reportedDate: addDays(day, 1),
        caseType: 'KK',
        daysOff: 5,
        nomorSep: ctx.reserveSep(rs, day),
        jkkBenefitPaid: 2_600_000 + 70_000 * i,
      });
    });
    return { fraud, context };
  },
});
