// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". The family card makes the copy easy: a mother's
// gastroenteritis stay is copied onto her husband and children (the cards of one KK, SCHEMA.md
// members.nomor_kk) three, six and nine days later, every tariff component to the rupiah, the
// same doctor and coder: a household "outbreak" that happened on paper.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility, Household, Member, ScenarioContext } from '../types.js';
import { igd, own } from './r4-common.js';

function family(
  ctx: ScenarioContext,
  kk: Household,
  people: ReadonlyArray<readonly ['L' | 'P', string, 'KEPALA' | 'PASANGAN' | 'ANAK']>,
): Member[] {
  return people.map(([sex, born, role]) =>
    ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: kk.regency, family: { household: kk, role } }),
  );
}

export default defineScenario({
  id: 'RT-CLONE-41',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Klaim rawat inap gastroenteritis seorang ibu disalin ke kartu suami dan anak-anaknya (satu Kartu Keluarga) 3, 6 dan 9 hari kemudian, semua komponen tarif sama sampai rupiah, dokter dan koder yang sama.',
    en: 'A mother’s gastroenteritis stay is copied onto her husband’s and children’s cards (one family card) three, six and nine days later, every tariff component to the rupiah, same doctor and coder.',
  },
  build(ctx) {
    const place = PLACES.jakartaTimur;
    const rs: Facility = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, 0.02] });
    const doctor = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const households = [
      {
        day: '2026-01-19',
        people: [
          ['P', '1989-03-14', 'PASANGAN'],
          ['L', '1986-11-02', 'KEPALA'],
          ['L', '2014-06-21', 'ANAK'],
          ['P', '2017-09-09', 'ANAK'],
        ],
      },
      {
        day: '2026-03-09',
        people: [
          ['P', '1993-07-27', 'PASANGAN'],
          ['L', '1990-01-15', 'KEPALA'],
          ['P', '2015-12-03', 'ANAK'],
          ['L', '2019-04-30', 'ANAK'],
        ],
      },
    ] as const;
    for (const h of households) {
      const [mother, ...others] = family(ctx, ctx.household(place.regency), h.people);
      const original = ctx.claim({
        member: mother as Member,
        facility: rs,
        masuk: h.day,
        pulang: addDays(h.day, 3),
        cbg: 'K-4-17-I',
        dx: ['A09', 'E86'],
        px: ['99.18'],
        dpjp: doctor,
        coder: 2,
        scale: own(h.day === '2026-01-19' ? 0 : 1),
        sep: igd({ masukAt: '22:10', pulangAt: '11:30' }),
      });
      context.push(original);
      const components = Object.fromEntries(
        Object.entries(original.row)
          .filter(([k]) => k.startsWith('tarif_') && k !== 'tarif_inacbg' && k !== 'tarif_special_cmg')
          .map(([k, v]) => [k, Number(v)]),
      );
      others.forEach((m, i) => {
        const day = addDays(h.day, 3 * (i + 1));
        fraud.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'K-4-17-I',
            dx: ['A09', 'E86'],
            px: ['99.18'],
            dpjp: doctor,
            coder: 2,
            components,
            sep: igd({ masukAt: '22:10', pulangAt: '11:30' }),
          }),
        );
      });
    }
    return { context, fraud };
  },
});
