// Shared pieces of the fifth red-team round: patients referred the ordinary way (a P-Care
// visit that writes the letter), and a claim's 18 tariff components copied from another claim
// (the copier's raw material). Everything else comes from r4-common.ts.
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { inacbgTariff } from '../context.js';
import type { BuiltClaim, Facility, Fktp, Member, MemberSpec, Referral, ScenarioContext } from '../types.js';
import { referredBy } from './r4-common.js';

/** Sex, birth date and admission date of one patient of a scenario. */
export type PatientRow = readonly ['L' | 'P', string, string];

/** A member referred by their puskesmas to the hospital on the day (the letter the SEP carries). */
export function referredPatient(
  ctx: ScenarioContext,
  spec: Omit<MemberSpec, 'regency'> & { readonly regency?: string },
  fktp: Fktp,
  hospital: Facility,
  day: string,
  dx: readonly string[],
): { member: Member; referral: Referral } {
  const member = ctx.member({ ...spec, regency: spec.regency ?? fktp.regency });
  return { member, referral: referredBy(ctx, member, fktp, hospital, day, dx) };
}

const COMPONENT = /^tarif_/;
const NOT_A_COMPONENT = new Set(['tarif_inacbg', 'tarif_special_cmg']);

/** The 18 hospital tariff components of a built claim, as numbers. */
export function componentsOf(claim: BuiltClaim): Partial<Record<TariffComponent, number>> {
  return Object.fromEntries(
    Object.entries(claim.row)
      .filter(([k]) => COMPONENT.test(k) && !NOT_A_COMPONENT.has(k))
      .map(([k, v]) => [k, Number(v)]),
  ) as Partial<Record<TariffComponent, number>>;
}

/** Components multiplied by a factor each, rounded to Rp100 as a hospital bill is. */
export function scaled(
  components: Partial<Record<TariffComponent, number>>,
  factor: (component: TariffComponent, i: number) => number,
): Partial<Record<TariffComponent, number>> {
  return Object.fromEntries(
    (Object.entries(components) as Array<[TariffComponent, number]>).map(([k, v], i) => [k, Math.round((v * factor(k, i)) / 100) * 100]),
  ) as Partial<Record<TariffComponent, number>>;
}

/**
 * A phaco day case's bill spread as a cataract operation's is (theatre, lens, consumables; the
 * shares of the first round's staged-cataract look-alike): the context's outpatient profile has no
 * surgical fee, and a cataract without one would be a cancelled-service case of its own.
 */
const PHACO_SHARE: Partial<Record<TariffComponent, number>> = {
  tarif_prosedur_non_bedah: 0.15,
  tarif_prosedur_bedah: 0.34,
  tarif_konsultasi: 0.1,
  tarif_tenaga_ahli: 0.1,
  tarif_penunjang: 0.05,
  tarif_laboratorium: 0.05,
  tarif_obat: 0.1,
  tarif_alkes: 0.05,
  tarif_bmhp: 0.06,
};

/** The components of a phaco and lens day case (H-2-36-0) billed at 90% of the tariff, times size. */
export function phacoComponents(careClass: 1 | 2 | 3, facility: Facility, size = 1): Partial<Record<TariffComponent, number>> {
  const billed = inacbgTariff('H-2-36-0', careClass, facility) * 0.9 * size;
  return Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, Math.round((billed * (PHACO_SHARE[c] ?? 0)) / 100) * 100]));
}

/** A number in [0, 1) from a patient index and a component index: deterministic, well spread. */
function unit(i: number, k: number): number {
  let h = (Math.imul(i + 1, 2_654_435_761) ^ Math.imul(k + 1, 40_503)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 2_246_822_519) >>> 0;
  h ^= h >>> 13;
  return (h >>> 0) / 4_294_967_296;
}

/**
 * Each honest patient's own bill, as bills of one group really differ: drugs dosed by weight and
 * course (x0.7-1.4), tests as the course needs (x0.75-1.35), consumables, nursing, fees and room
 * less so. Wider than round 4's own(): two honest bills of one group and doctor differ by more
 * than a copier's nudge in several components (assumption from the spread of hospital bills).
 */
export const bill = (i: number): Partial<Record<TariffComponent, number>> => ({
  tarif_obat: 0.7 + 0.7 * unit(i, 0),
  tarif_laboratorium: 0.75 + 0.6 * unit(i, 1),
  tarif_bmhp: 0.8 + 0.5 * unit(i, 2),
  tarif_keperawatan: 0.9 + 0.25 * unit(i, 3),
  tarif_tenaga_ahli: 0.9 + 0.2 * unit(i, 4),
  tarif_penunjang: 0.8 + 0.4 * unit(i, 5),
  tarif_radiologi: 0.85 + 0.35 * unit(i, 6),
  tarif_kamar: 0.95 + 0.1 * unit(i, 7),
  tarif_konsultasi: 0.9 + 0.2 * unit(i, 8),
  tarif_prosedur_non_bedah: 0.85 + 0.3 * unit(i, 9),
});

/** Two sets of component factors multiplied (a patient's own bill, then what the scheme or the care adds). */
export function times(
  a: Partial<Record<TariffComponent, number>>,
  b: Partial<Record<TariffComponent, number>>,
): Partial<Record<TariffComponent, number>> {
  const out: Partial<Record<TariffComponent, number>> = { ...a };
  for (const [k, v] of Object.entries(b) as Array<[TariffComponent, number]>) out[k] = (a[k] ?? 1) * v;
  return out;
}
