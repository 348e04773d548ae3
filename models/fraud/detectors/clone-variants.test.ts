// CLONING as a copier would vary it (issue 11, detectors that generalise): a copy a month after
// its template, a copy whose stay is a day longer and whose drugs were edited, a copy billed at a
// sister hospital of the same regency; against a stay with a bill of its own, a copy at an unlinked
// hospital of another regency and a clinical pathway billed alike to many patients. Hand-built
// rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
/** Jakarta 2 is in the same regency (3171) as Jakarta 1; Bandung (3273) is not. */
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';

const book = patients('cv');
const { claims, members } = book;
const stay = (over: Row): string => book.stay(over);

/** The template stay's bill: its own drugs, consumables, tests, and four days of room and nursing. */
const TEMPLATE: Row = billOf({
  tarif_prosedur_non_bedah: 180_000,
  tarif_konsultasi: 120_000,
  tarif_tenaga_ahli: 250_000,
  tarif_keperawatan: 300_000,
  tarif_kamar: 600_000,
  tarif_obat: 812_345,
  tarif_bmhp: 153_210,
  tarif_laboratorium: 287_650,
  tarif_radiologi: 141_900,
  tarif_penunjang: 96_430,
});
const typhoid = (facility: string, masuk: string, bill: Row, days = 4): Row => ({
  facility_id: facility,
  kode_inacbg: 'A-4-11-I',
  diagnosa: 'A01.0#K59.0',
  procedure: '99.21',
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, days),
  kode_dpjp: `D${facility}0${book.cards % 7}`,
  ...bill,
});

const START = '2024-03-01';
const template = stay(typhoid(JAKARTA1, START, TEMPLATE));
// three and a half weeks later, by another doctor: beyond two weeks, within the weeks a template lies at hand
const monthLater = stay({ ...typhoid(JAKARTA1, addDays(START, 24), TEMPLATE), kode_dpjp: 'D3171R001099' });
// a day longer (room and nursing for five days) and the drugs edited: the tests and consumables are the template's
const editedDrugs = stay(
  typhoid(JAKARTA1, addDays(START, 9), { ...TEMPLATE, tarif_obat: 1_137_000, tarif_kamar: 750_000, tarif_keperawatan: 375_000 }, 5),
);
// the same bill at the sister hospital of the regency
const sisterCopy = stay(typhoid(JAKARTA2, addDays(START, 5), TEMPLATE));

// the primary swapped for a sibling code of its category (paratyphoid for typhoid), the bill the template's
const siblingPrimary = stay({ ...typhoid(JAKARTA1, addDays(START, 12), TEMPLATE), diagnosa: 'A01.4#K59.0' });

// near misses: the same diagnoses and procedures with a bill of the patient's own
const ownBill = stay(
  typhoid(JAKARTA1, addDays(START, 3), {
    ...TEMPLATE,
    tarif_obat: 640_120,
    tarif_bmhp: 171_800,
    tarif_laboratorium: 233_400,
    tarif_radiologi: 141_900,
    tarif_penunjang: 118_250,
  }),
);
// the template's bill under a primary diagnosis of another category is another illness, not a swapped code
const otherCategory = stay({ ...typhoid(JAKARTA1, addDays(START, 14), TEMPLATE), diagnosa: 'A09#K59.0' });
// the same bill at a hospital of another regency is not compared (no shared owner to suspect)
const otherRegency = stay(typhoid(BANDUNG, addDays(START, 6), TEMPLATE));
// a clinical pathway: nine pneumonia patients given the same kit, panel and drugs, their stays 4-6 days
const PATHWAY: Row = { ...TEMPLATE, tarif_obat: 955_000, tarif_bmhp: 210_000, tarif_laboratorium: 310_000, tarif_radiologi: 175_000 };
const pathway = Array.from({ length: 9 }, (_, i) =>
  stay({
    ...typhoid(JAKARTA1, addDays('2024-05-02', 3 * i), {
      ...PATHWAY,
      tarif_kamar: 150_000 * (4 + (i % 3)),
      tarif_keperawatan: 75_000 * (4 + (i % 3)) + 40_000 * i,
    }),
    kode_inacbg: 'J-4-16-I',
    diagnosa: 'J18.9',
    procedure: '87.44#99.21',
  }),
);

// two ventilated patients of one ICU: the ward's drugs, tests and consumables billed alike (a fee schedule), their
// intensive care and ventilation their own
const VENTILATED: Row = { ...PATHWAY, tarif_rawat_intensif: 5_700_000, tarif_sewa_alat: 4_074_000 };
const ventilated = [0, 20].map((d, i) =>
  stay({
    ...typhoid(BANDUNG, addDays('2024-06-03', d), {
      ...VENTILATED,
      tarif_rawat_intensif: i ? 11_400_000 : 5_700_000,
      tarif_sewa_alat: i ? 8_820_000 : 4_074_000,
      tarif_kamar: 150_000 * (6 + 4 * i),
    }),
    kode_inacbg: 'J-4-20-III',
    diagnosa: 'J96.0#J18.9',
    procedure: '96.04#96.72',
  }),
);
// two knee replacements three weeks apart: the prosthesis dominates both bills (within 2% of each other),
// the drugs, tests and consumables are each patient's own
const KNEE: Row = { ...TEMPLATE, tarif_alkes: 38_000_000, tarif_prosedur_bedah: 9_500_000 };
const knees = [0, 21].map((d, i) =>
  stay({
    ...typhoid(BANDUNG, addDays('2024-08-05', d), {
      ...KNEE,
      tarif_obat: i ? 930_000 : 812_345,
      tarif_laboratorium: i ? 262_000 : 287_650,
      tarif_bmhp: i ? 171_000 : 153_210,
      tarif_radiologi: i ? 152_500 : 141_900,
    }),
    kode_inacbg: 'M-1-31-I',
    diagnosa: 'M17.9',
    procedure: '81.54',
  }),
);

const run = runDetectorsOnce({ members, claims });
const hits = (): DetectorHit[] => run().hitsOfType('CLONING');

const cloningOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');
const hitOf = (sep: string, signal: string): DetectorHit | undefined => hits().find((h) => h.nomor_sep === sep && h.signal === signal);

describe('CLONING: copies as a copier varies them', () => {
  it('names a copy a month after its template, by another doctor (and the sister hospital’s copy, a hit of its own)', () => {
    expect(cloningOf(monthLater).sort()).toEqual(['claim_copied_at_sister_facility', 'near_identical_claim_other_patient']);
    expect(hitOf(monthLater, 'near_identical_claim_other_patient')?.related_sep).toEqual([template, editedDrugs, siblingPrimary]);
    expect(hitOf(monthLater, 'claim_copied_at_sister_facility')?.related_sep).toEqual([sisterCopy]);
  });

  it('names a longer stay whose tests and consumables are the template’s, its drugs edited', () => {
    // at its own hospital only: against the sister hospital's copy the drugs decide, the rest of a stay's bill being
    // what one regional fee schedule may price alike (cloning-sister-pathway.test.ts)
    expect(cloningOf(editedDrugs)).toEqual(['bill_lines_copied_other_patient']);
    expect(hitOf(editedDrugs, 'bill_lines_copied_other_patient')?.evidence_en).toMatch(
      /^Diagnoses, procedures and 4 drug, test and consumable lines \(within 3%\) match 1 earlier claim\(s\) of other patients at 3171R001 /,
    );
  });

  it('names a copy whose primary diagnosis was swapped for a sibling code of its category', () => {
    expect(cloningOf(siblingPrimary)).toContain('near_identical_claim_other_patient');
    expect(hitOf(siblingPrimary, 'near_identical_claim_other_patient')?.evidence_en).toMatch(
      /^The diagnoses but one \(the primary another code of its category\), procedures and tariff components/,
    );
  });

  it('names a copy billed at a sister hospital of the same regency, with the original hospital as evidence', () => {
    expect(cloningOf(sisterCopy)).toEqual(['claim_copied_at_sister_facility']);
    expect(hits().find((h) => h.nomor_sep === sisterCopy)?.evidence_en).toMatch(/at 3171R001 within 28 days .*this claim: 3171R002/);
  });
});

describe('CLONING near misses', () => {
  it('leaves a stay with the same codes and a bill of its own', () => {
    expect(cloningOf(ownBill)).toEqual([]);
  });

  it('leaves the same bill under a primary diagnosis of another category', () => {
    expect(cloningOf(otherCategory)).toEqual([]);
  });

  it('leaves patients of one ICU whose intensive care and ventilation differ, their ward lines alike', () => {
    for (const sep of ventilated) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves bills alike by their prosthesis whose drugs, tests and consumables are the patients’ own', () => {
    for (const sep of knees) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('does not compare a hospital of another regency 120 km away that no doctor links', () => {
    expect(cloningOf(otherRegency)).toEqual([]);
  });

  it('leaves a clinical pathway billed alike to many patients, their stays of their own length', () => {
    for (const sep of pathway) expect(cloningOf(sep), sep).toEqual([]);
  });
});
