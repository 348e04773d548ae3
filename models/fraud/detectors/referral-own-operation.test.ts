// SELF_REFERRAL by a surgeon who works at a public hospital and at a private one (RT-SELFREF-131's
// mechanism): a fracture kept one night at the public hospital, which plates fractures itself, then
// referred next morning to the private hospital of the same class, where the same doctor operates.
// Near misses: the same move where another surgeon operates (an overflow), from a hospital that
// does not operate on fractures (a true transfer), to a hospital of a higher class, and a move the
// record does not show as a referral. The same move from the public hospital's outpatient clinic
// (RT-SELFREF-141's mechanism), with its near misses: the letter a puskesmas wrote, an overflow to
// another surgeon, a clinic at a hospital that does not operate on fractures. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';

const book = claimBook();
const PUBLIC = String(FACILITIES['bandung']?.['facility_id']); // class C, government
const PRIVATE = '3273R002';
const SMALL = '3273R003'; // class C, operates on no fracture
const HIGHER = String(FACILITIES['jakarta1']?.['facility_id']); // class B
const SURGEON = 'DSURG00001';
const COLLEAGUE = 'DSURG00002';

/** A one-night fracture stay with a splint at `facility`, closed as `discharge`, the next day's admission `next` returned with it. */
function nightThenOperation(
  card: string,
  day: string,
  from: string,
  to: string,
  over: { readonly dpjpTo?: string; readonly referred?: boolean } = {},
): [string, string] {
  const night = book.add(card, {
    facility_id: from,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 1),
    kode_inacbg: 'S-4-11-I',
    diagnosa: 'S52.5',
    procedure: '87.44',
    kode_dpjp: SURGEON,
  });
  const operation = book.add(card, {
    facility_id: to,
    tgl_masuk: addDays(day, 1),
    tgl_pulang: addDays(day, 4),
    kode_inacbg: 'M-1-60-I',
    diagnosa: 'S52.5',
    procedure: '79.32',
    kode_dpjp: over.dpjpTo ?? SURGEON,
    ...(over.referred === false ? {} : { asal_rujukan: 2, ppk_rujukan: from, tgl_rujukan: addDays(day, 1) }),
  });
  return [night, operation];
}

// the public hospital plates six fractures itself, by its other orthopaedist
for (let i = 0; i < 6; i++)
  book.add(`own${i}`, {
    facility_id: PUBLIC,
    tgl_masuk: addDays('2024-02-01', 7 * i),
    kode_inacbg: 'M-1-60-I',
    diagnosa: 'S82.2',
    procedure: '79.36',
    kode_dpjp: COLLEAGUE,
  });
const moved = [
  ...nightThenOperation('s1', '2024-03-04', PUBLIC, PRIVATE),
  ...nightThenOperation('s2', '2024-03-13', PUBLIC, PRIVATE),
  ...nightThenOperation('s3', '2024-03-22', PUBLIC, PRIVATE),
];
const overflow = nightThenOperation('n1', '2024-04-02', PUBLIC, PRIVATE, { dpjpTo: COLLEAGUE });
const transfer = nightThenOperation('n2', '2024-04-09', SMALL, PRIVATE);
const upward = nightThenOperation('n3', '2024-04-16', PUBLIC, HIGHER);
const unreferred = nightThenOperation('n4', '2024-04-23', PUBLIC, PRIVATE, { referred: false });

/** A clinic visit by SURGEON at `from`, then his operation at `to` `after` days later on a letter `letterFrom` wrote at the visit. */
function clinicThenOperation(
  card: string,
  day: string,
  from: string,
  to: string,
  over: { readonly dpjpTo?: string; readonly letterFrom?: string; readonly after?: number } = {},
): [string, string] {
  const visit = book.add(card, {
    facility_id: from,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'S52.5',
    kode_dpjp: SURGEON,
  });
  const operated = addDays(day, over.after ?? 4);
  const operation = book.add(card, {
    facility_id: to,
    tgl_masuk: operated,
    tgl_pulang: addDays(operated, 3),
    kode_inacbg: 'M-1-60-I',
    diagnosa: 'S52.5',
    procedure: '79.32',
    kode_dpjp: over.dpjpTo ?? SURGEON,
    asal_rujukan: over.letterFrom === undefined ? 2 : 1,
    ppk_rujukan: over.letterFrom ?? from,
    tgl_rujukan: day,
  });
  return [visit, operation];
}
const fromClinic = [
  clinicThenOperation('c1', '2024-05-06', PUBLIC, PRIVATE),
  clinicThenOperation('c2', '2024-05-20', PUBLIC, PRIVATE, { after: 12 }),
];
const clinicOverflow = clinicThenOperation('m1', '2024-06-03', PUBLIC, PRIVATE, { dpjpTo: COLLEAGUE });
const puskesmasLetter = clinicThenOperation('m2', '2024-06-10', PUBLIC, PRIVATE, { letterFrom: '3273P001' });
const clinicTransfer = clinicThenOperation('m3', '2024-06-17', SMALL, PRIVATE);
const clinicUpward = clinicThenOperation('m4', '2024-06-24', PUBLIC, HIGHER);

const facilities = [
  ...Object.values(FACILITIES),
  hospital(PRIVATE, { hospital_class: 'C', ownership: 'SWASTA', latitude: -6.87, longitude: 107.63 }),
  hospital(SMALL, { hospital_class: 'C', ownership: 'SWASTA', latitude: -6.95, longitude: 107.55 }),
];
const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });

describe('SELF_REFERRAL: an operation the first hospital does itself, done by the referring doctor elsewhere', () => {
  it('names the night and the operation, suspicious, each with the other as related claim', () => {
    for (let i = 0; i < moved.length; i += 2) {
      const [night, operation] = [moved[i] ?? '', moved[i + 1] ?? ''];
      const sent = run().hitsOf(night, 'referred_for_operation_done_here')[0];
      const operated = run().hitsOf(operation, 'operated_on_own_referral')[0];
      expect(sent?.strength).toBe('suspicious');
      expect(sent?.related_sep).toEqual([operation]);
      expect(operated?.related_sep).toEqual([night]);
      expect(sent?.evidence_en).toMatch(
        /^Stay of 1 day\(s\) ended by a referral to 3273R002, where the same doctor DSURG00001 operated \(M-1-60-I\); this hospital billed 6 stays of group M-1-60 itself$/,
      );
      expect(operated?.evidence_id).toMatch(/^Operasi M-1-60-I oleh dokter DSURG00001/);
    }
  });

  it('leaves an overflow to another surgeon, a true transfer, a move to a higher class and an unrecorded referral alone', () => {
    for (const sep of [...overflow, ...transfer, ...upward, ...unreferred]) {
      const signals = run().signalsOf(sep, 'SELF_REFERRAL');
      expect(signals, sep).not.toContain('referred_for_operation_done_here');
      expect(signals, sep).not.toContain('operated_on_own_referral');
    }
  });
});

describe("SELF_REFERRAL: from the public hospital's clinic to the same doctor's operation elsewhere", () => {
  it('names the operation, suspicious, with the clinic visit as related claim', () => {
    for (const [visit, operation] of fromClinic) {
      const hit = run().hitsOf(operation, 'operated_on_own_clinic_referral')[0];
      expect(hit?.strength).toBe('suspicious');
      expect(hit?.related_sep).toEqual([visit]);
      expect(run().signalsOf(visit, 'SELF_REFERRAL')).not.toContain('operated_on_own_clinic_referral');
    }
    expect(run().hitsOf(fromClinic[0]?.[1] ?? '', 'operated_on_own_clinic_referral')[0]?.evidence_en).toBe(
      `Operation M-1-60-I by doctor DSURG00001, who saw the patient 4 day(s) before in the clinic of ${PUBLIC} and referred him from there; that hospital billed 6 stays of group M-1-60 itself`,
    );
    expect(run().hitsOf(fromClinic[1]?.[1] ?? '', 'operated_on_own_clinic_referral')[0]?.evidence_id).toMatch(
      /^Operasi M-1-60-I oleh dokter DSURG00001, yang memeriksa pasien 12 hari/,
    );
  });

  it("leaves another surgeon's operation, a puskesmas letter, a clinic that does not operate and a higher class alone", () => {
    for (const sep of [...clinicOverflow, ...puskesmasLetter, ...clinicTransfer, ...clinicUpward])
      expect(run().signalsOf(sep, 'SELF_REFERRAL'), sep).not.toContain('operated_on_own_clinic_referral');
  });
});
