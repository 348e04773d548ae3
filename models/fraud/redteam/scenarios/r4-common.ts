// Shared pieces of the fourth red-team round: every claim carries the SEP-era fields of a
// current extract (service, referral, times, laterality) and a registered DPJP, so that a
// scenario differs from ordinary care only by its scheme, not by an older row form.
import type { Facility, Fktp, Member, Referral, ScenarioContext, SepSpec } from '../types.js';

/** Each patient's own bill: drugs, tests and consumables differ from one patient to the next. */
export const own = (i: number) => ({
  tarif_obat: 0.86 + 0.07 * (i % 4),
  tarif_laboratorium: 1.1 - 0.05 * (i % 5),
  tarif_bmhp: 0.93 + 0.04 * (i % 3),
  tarif_keperawatan: 0.95 + 0.03 * (i % 4),
  tarif_tenaga_ahli: 1.06 - 0.04 * (i % 3),
  tarif_penunjang: 0.9 + 0.05 * ((i + 1) % 4),
  tarif_radiologi: 1.08 - 0.06 * ((i + 2) % 3),
  tarif_kamar: 0.97 + 0.02 * (i % 3),
});

/**
 * A patient referred the ordinary way: a sick visit at the FKTP that writes the referral
 * letter to the hospital that day (SCHEMA.md: every primary-care referral a hospital claim
 * carries comes from a visit that day).
 */
export function referredBy(
  ctx: ScenarioContext,
  member: Member,
  fktp: Fktp,
  hospital: Facility,
  date: string,
  dx: readonly string[],
): Referral {
  const r = ctx.fktpVisit({ member, fktp, date, dx, referTo: hospital });
  if (!r) throw new Error('a visit with referTo writes a referral');
  return r;
}

/** SEP of a referred admission. */
export const inap = (referral: Referral, times: Omit<SepSpec, 'service' | 'referral'> = {}): SepSpec => ({
  service: 'RAWAT_INAP',
  referral,
  ...times,
});

/** SEP of an outpatient clinic visit. */
export const jalan = (referral: Referral, times: Omit<SepSpec, 'service' | 'referral'> = {}): SepSpec => ({
  service: 'RAWAT_JALAN',
  referral,
  ...times,
});

/** SEP of an emergency (IGD) arrival: no referral needed. */
export const igd = (times: Omit<SepSpec, 'service' | 'referral'> = {}): SepSpec => ({ service: 'IGD', ...times });
