// DOMAIN.md section 3, CLONING. Copies nudged by a fraction of a per cent and by one or two per
// cent have been caught, so the copier nudges every component of the template by 2.5-4.5 per
// cent, up or down: no two copies share a line, and the totals spread by a few per cent. Honest
// pneumonia stays of the same two internists differ by ten to forty per cent in drugs, tests
// and consumables; the copies differ from their template by four at most, same four days,
// same diagnoses and procedures.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, componentsOf, referredPatient, scaled } from './r5-common.js';
import type { PatientRow } from './r5-common.js';
import { PLACES7 } from './r7-common.js';

/** Smallest and largest nudge the copier gives a line (share of the template's value). */
const NUDGE_MIN = 0.025;
const NUDGE_STEP = 0.005;

export default defineScenario({
  id: 'RT-CLONE-72',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Di antara delapan rawat pneumonia yang jujur (tagihan berbeda 10-40 persen), tujuh pasien lain mendapat salinan satu tagihan dengan setiap komponen digeser 2,5-4,5 persen naik atau turun; empat hari, diagnosis dan tindakan sama.',
    en: 'Among eight honest pneumonia stays (bills differing by 10-40 per cent), seven other patients get a copy of one bill with every component moved 2.5-4.5 per cent up or down; the same four days, diagnoses and procedures.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.palopo, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internists = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_PD', at: [rs] })];
    const stay = (row: PatientRow, i: number) => {
      const [sex, born, day] = row;
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, ['J18.9']);
      return {
        member: p.member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'J-4-16-I',
        dx: ['J18.9'],
        px: ['87.44', '99.21'],
        dpjp: internists[i % 2] as string,
        sep: inap(p.referral, { masukAt: '10:40' }),
      };
    };
    const honest: PatientRow[] = [
      ['L', '1962-03-04', '2026-01-08'],
      ['P', '1955-08-17', '2026-01-26'],
      ['L', '1970-12-29', '2026-02-13'],
      ['P', '1948-05-10', '2026-03-02'],
      ['L', '1966-10-22', '2026-03-20'],
      ['P', '1959-01-15', '2026-04-06'],
      ['L', '1974-07-07', '2026-04-24'],
      ['P', '1951-11-02', '2026-05-12'],
    ];
    const context: BuiltClaim[] = honest.map((row, i) => ctx.claim({ ...stay(row, i), scale: bill(790 + i) }));
    const template = componentsOf(context[0] as BuiltClaim);
    const copies: PatientRow[] = [
      ['L', '1964-02-21', '2026-01-16'],
      ['P', '1957-06-03', '2026-02-04'],
      ['L', '1968-09-12', '2026-02-24'],
      ['L', '1953-04-27', '2026-03-12'],
      ['P', '1972-01-09', '2026-04-01'],
      ['L', '1960-10-18', '2026-04-16'],
      ['P', '1949-12-05', '2026-05-06'],
    ];
    const fraud: BuiltClaim[] = copies.map((row, n) =>
      ctx.claim({
        ...stay(row, n),
        components: scaled(template, (_, k) => 1 + ((n * 3 + k) % 2 ? 1 : -1) * (NUDGE_MIN + NUDGE_STEP * ((n + 2 * k) % 5))),
      }),
    );
    return { context, fraud };
  },
});
