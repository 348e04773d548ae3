// DOMAIN.md section 3, UPCODING: "diagnosis/procedure coded higher ... with no supporting
// procedure or tariff component". Severity III and added secondaries are watched, so the
// billing office moves the primary diagnosis instead: concussions after motorbike falls
// (S06.0, head and multiple injuries S-4-10, Rp3.2M base) are coded as traumatic subdural
// haemorrhage (S06.5, intracranial haemorrhage G-4-13, Rp6.6M base). The head CT a concussion
// gets anyway is coded; nothing else a subdural haematoma needs is there: no repeat CT, no
// ICU day, home on day two or three (group norm seven), and the hospital bill of a concussion.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-UPCODE-61',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Gegar otak setelah jatuh dari motor (S06.0) dikode sebagai perdarahan subdural traumatik (S06.5, kelompok perdarahan intrakranial, dua kali tarif): hanya CT kepala pertama, tanpa CT ulang, tanpa hari ICU, pulang hari kedua atau ketiga (norma tujuh) dengan tagihan RS setara gegar otak.',
    en: 'Concussions after motorbike falls (S06.0) coded as traumatic subdural haemorrhage (S06.5, the intracranial-haemorrhage group, twice the tariff): one head CT, no repeat CT, no ICU day, home on day two or three (norm seven), with the hospital bill of a concussion.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.jambi, hospitalClass: 'C', offset: [0.01, -0.02] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const riders = [
      ['L', '1999-03-14', '2026-01-10', 2],
      ['L', '2003-07-22', '2026-01-31', 3],
      ['P', '1996-11-05', '2026-02-21', 2],
      ['L', '1988-05-30', '2026-03-14', 2],
      ['L', '2005-01-09', '2026-04-04', 3],
      ['P', '1991-08-17', '2026-04-25', 2],
      ['L', '1984-12-02', '2026-05-16', 3],
    ] as const;
    // a concussion stay's hospital bill (S-4-10-I at 85%) over the subdural group's tariff (G-4-13-I)
    const concussionBill = (0.85 * 3_200_000) / 6_600_000;
    const fraud: BuiltClaim[] = riders.map(([sex, born, day, los], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: 'G-4-13-I',
        dx: ['S06.5', 'S00.9'],
        px: ['87.03'],
        dpjp: neurologist,
        billedRatio: concussionBill,
        scale: bill(i),
        sep: igd({ masukAt: hhmm(19 + (i % 4), 10 + 7 * i) }),
      }),
    );
    return { fraud };
  },
});
