// Test support: hand-built P-Care visits (rows of fktp_visits). A card's primary-care record is
// what several detectors read a hospital claim against: the referral letter behind a stay, the
// diagnoses the card is followed for, an illness of an organ already removed.
import type { Row } from './hand-built.js';

/** The puskesmas of the hand-built cards unless a test names another FKTP. */
export const PUSKESMAS = '3171P001';

export interface SickVisit {
  readonly id: string;
  readonly card: string;
  readonly date: string;
  readonly diagnosa: string;
  /** The FKTP (default PUSKESMAS). */
  readonly fktp?: string;
  /** The referral letter the visit wrote, and the hospital it is addressed to (default: none). */
  readonly referral?: { readonly letter: string; readonly to: string } | null;
}

/** A P-Care sick visit (jenis_kunjungan SAKIT), with its referral letter if it wrote one. */
export function sickVisit(v: SickVisit): Row {
  return {
    visit_id: v.id,
    card_key: v.card,
    facility_id: v.fktp ?? PUSKESMAS,
    tgl_kunjungan: v.date,
    jenis_kunjungan: 'SAKIT',
    diagnosa: v.diagnosa,
    no_rujukan: v.referral?.letter ?? null,
    ppk_tujuan: v.referral?.to ?? null,
  };
}
