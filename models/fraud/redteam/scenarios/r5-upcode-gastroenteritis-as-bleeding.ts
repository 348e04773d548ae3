// DOMAIN.md section 3, UPCODING: "diagnosis/procedure coded higher ... with no supporting
// procedure or tariff component". Not severity this time but the group: gastroenteritis with
// dehydration is coded as gastrointestinal haemorrhage (K92.2, K-4-18, 1.75 times the tariff of
// K-4-17). A bleed is worked up by endoscopy and often transfused; these stays have neither
// (no 45.13, no 99.04, no blood service), and the bill is that of a gastroenteritis stay:
// infusion, antiemetics, stool test.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-UPCODE-52',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Gastroenteritis dengan dehidrasi dikode perdarahan saluran cerna (K92.2, K-4-18, 1,75 kali tarif K-4-17) tanpa endoskopi, transfusi atau pelayanan darah; tagihannya tagihan gastroenteritis (infus, antiemetik, pemeriksaan feses).',
    en: 'Gastroenteritis with dehydration coded as gastrointestinal haemorrhage (K92.2, K-4-18, 1.75 times the K-4-17 tariff) with no endoscopy, transfusion or blood service; the bill is a gastroenteritis bill (infusion, antiemetics, stool test).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'B', offset: [0.02, -0.02] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const patients = [
      ['P', '1983-04-02', '2026-01-10'],
      ['L', '1971-09-14', '2026-01-31'],
      ['P', '1992-12-25', '2026-02-21'],
      ['L', '1966-06-08', '2026-03-14'],
      ['P', '1978-02-17', '2026-04-04'],
      ['L', '1988-07-29', '2026-04-25'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBPU' : 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-4-18-I',
        dx: ['K92.2', 'E86'],
        px: ['99.18'],
        dpjp: internist,
        // a gastroenteritis stay's bill: about the K-4-17 tariff
        billedRatio: 0.5,
        scale: bill(i),
        components: { tarif_pelayanan_darah: 0 },
        sep: igd({ masukAt: `${20 + (i % 3)}:05` }),
      }),
    );
    return { fraud };
  },
});
