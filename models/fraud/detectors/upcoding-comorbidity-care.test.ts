// UPCODING: a lasting comorbidity coded without the care the hospital itself gives it
// (upcoding-comorbidity-care.ts, red team RT-UPCODE-132): a hospital billing its diabetics' insulin on
// the chronic-drug line codes diabetes onto typhoid stays of patients who get none of it, billed and
// kept as severity I; and the honest look-alikes that stay silent: a coded stay with its level's bill
// and days, a diabetes the card's PRB fills or another hospital claim show, a stay also raised by a
// complication, a hospital whose chronic line rests on one patient or is an exception for two of ten, and
// one that never bills the line.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const SIGNAL = 'comorbidity_without_its_care_at_provider';
const id = (k: string): string => String(FACILITIES[k]?.['facility_id']);
const CODER = id('jakarta1');
const ONE_PATIENT = id('jakarta2');
const NEVER = id('bandung');
const PEER = id('makassar');
/** A fifth hospital (Central Java, class B), whose chronic-drug line is an exception for a few patients. */
const EXCEPTION = '3374R001';
/** Two more honest class B hospitals, so that each hospital's norm of a level (the median of the others' medians) is an honest one. */
const MORE_PEERS = ['3375R001', '3376R001'];

const book = patients('ccare');
const prbClaims: Row[] = [];
/** A typhoid stay of a new card: every tariff component `each`, its chronic-drug line `chronic` (none unless given). */
const typhoid = (facility: string, level: 'I' | 'II', diagnosa: string, days: number, each: number, chronic = 0): string =>
  evenBillStay(
    book,
    { facility_id: facility, kode_inacbg: `A-4-11-${level}`, diagnosa, procedure: '99.18', tarif_obat_kronis: chronic },
    days,
    each,
  );
/** The card of stay `sep` (hand-built claims keep it). */
const cardOf = (sep: string): string => String(book.claims.find((c) => c['nomor_sep'] === sep)?.['card_key']);
/** The admission day of stay `sep`. */
const admittedOn = (sep: string): string => String(book.claims.find((c) => c['nomor_sep'] === sep)?.['tgl_masuk']);

// the norm elsewhere: four days at severity I, five days at 1.45 times the bill at severity II
for (const peer of [PEER, ...MORE_PEERS])
  for (let i = 0; i < 24; i++) {
    typhoid(peer, 'I', 'A01.0', 4, 100_000 + 1_000 * (i % 5));
    typhoid(peer, 'II', 'A01.0#E86', 5, 145_000 + 1_000 * (i % 5));
  }
// the coding hospital: severity-I stays; three true diabetics on insulin (chronic-drug line), six days, dearer;
// and diabetes coded onto stays of patients who get none of it, four days and the severity-I bill
for (let i = 0; i < 8; i++) typhoid(CODER, 'I', 'A01.0', 4, 100_000 + 1_000 * i);
const diabetics = Array.from({ length: 3 }, (_, i) => typhoid(CODER, 'II', 'A01.0#E11.6', 6, 140_000 + 2_000 * i, 520_000 + 20_000 * i));
const codedUp = Array.from({ length: 3 }, (_, i) => typhoid(CODER, 'II', 'A01.0#E11.6', 4, 99_000 + 1_500 * i));
// there too, silent: a coded stay with its level's bill and days, a diabetes on the card's PRB fills, a diabetes on
// the card's clinic claim at another hospital, a stay also raised by dehydration (a complication carries its own level)
const ownLevel = typhoid(CODER, 'II', 'A01.0#E11.6', 5, 146_000);
const onPrb = typhoid(CODER, 'II', 'A01.0#E11.6', 4, 100_000);
for (let m = 1; m <= 4; m++)
  prbClaims.push({
    prb_claim_id: `PRB-CCARE-${m}`,
    card_key: cardOf(onPrb),
    fktp_id: '3171P001',
    apotek_id: '3171A001',
    tgl_resep: addDays(admittedOn(onPrb), -30 * m),
    diagnosa: 'E11.9',
    hari_obat: 30,
    biaya_obat: 120_000,
  });
const onClinicClaim = typhoid(CODER, 'II', 'A01.0#E11.6', 4, 100_500);
book.claimOf(cardOf(onClinicClaim), {
  facility_id: PEER,
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'E11.9',
  tgl_masuk: addDays(admittedOn(onClinicClaim), 40),
  tgl_pulang: addDays(admittedOn(onClinicClaim), 40),
});
const withComplication = typhoid(CODER, 'II', 'A01.0#E11.6#E86', 4, 100_000);
// a hospital whose chronic-drug line rests on one diabetic: no practice to read
for (let i = 0; i < 8; i++) typhoid(ONE_PATIENT, 'I', 'A01.0', 4, 100_000 + 1_000 * i);
typhoid(ONE_PATIENT, 'II', 'A01.0#E11.6', 6, 140_000, 500_000);
const onePatient = Array.from({ length: 3 }, (_, i) => typhoid(ONE_PATIENT, 'II', 'A01.0#E11.6', 4, 99_000 + 1_500 * i));
// a hospital that never bills the line: its diabetics' drugs are on the ordinary drug line
for (let i = 0; i < 8; i++) typhoid(NEVER, 'I', 'A01.0', 4, 100_000 + 1_000 * i);
const never = Array.from({ length: 3 }, (_, i) => typhoid(NEVER, 'II', 'A01.0#E11.6', 4, 99_000 + 1_500 * i));
// a hospital that bills the line for 2 of its 10 diabetics (a programme patient continuing a prescription): the
// other eight, cheap and short, are no departure from a practice
for (let i = 0; i < 8; i++) typhoid(EXCEPTION, 'I', 'A01.0', 4, 100_000 + 1_000 * i);
for (let i = 0; i < 2; i++) typhoid(EXCEPTION, 'II', 'A01.0#E11.6', 6, 140_000, 500_000);
const exception = Array.from({ length: 8 }, (_, i) => typhoid(EXCEPTION, 'II', 'A01.0#E11.6', 4, 99_000 + 1_500 * (i % 3)));

const facilities = [...Object.values(FACILITIES), ...[EXCEPTION, ...MORE_PEERS].map((f) => hospital(f))];
const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims, prb_claims: prbClaims });

describe("UPCODING: a comorbidity coded without the care the hospital gives it on its other patients' stays", () => {
  it('names the coded stays without chronic drugs, with the practice, the stay and one level of the tariff at risk', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type, sep).toBe('UPCODING');
      expect(h?.strength).toBe('suspicious');
      expect(h?.evidence_en).toContain(
        `Provider ${CODER} bills the chronic drugs of E11 on the stays of 3 other patients coded with it (of 10 patients;`,
      );
      expect(h?.evidence_en).toMatch(
        /Rp540,000 at the median\); this stay: A-4-11-II raised by E11 with nothing on the chronic-drug line, billed Rp[\d,]+ over 4 days, nearer the median of A-4-11-I \(Rp[\d,]+\) than of its own level \(Rp[\d,]+, 5 days\)/,
      );
      expect(h?.evidence_id).toContain('tanpa tagihan obat kronis');
      // severity II over I (1.45): 31% of the Rp5M hand-built tariff
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 * (1 - 1 / 1.45), -3);
    }
  });

  it("stays silent on the diabetics' own stays, a stay with its level's resources, a recorded diabetes and a complication", () => {
    for (const sep of [...diabetics, ownLevel, onPrb, onClinicClaim, withComplication])
      expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });

  it('stays silent where the chronic-drug line rests on one patient, is an exception, or is never billed', () => {
    for (const sep of [...onePatient, ...exception, ...never]) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });
});

describe('UPCODING: what spares the recorded diabetics is the record around the stay', () => {
  // with a window of no days the card's PRB fills (before) and its clinic claim (40 days after) are out of it
  const unwindowed = runDetectorsOnce({ facilities, members: book.members, claims: book.claims, prb_claims: prbClaims }, undefined, {
    UPCODING: { comorbidityCareRecordDays: 0 },
  });

  it('names them once no record falls within the window', () => {
    for (const sep of [onPrb, onClinicClaim]) expect(unwindowed().hitsOf(sep, SIGNAL), sep).toHaveLength(1);
  });
});

describe("UPCODING: what spares the exception hospital's diabetics is the practice share", () => {
  const anyShare = runDetectorsOnce({ facilities, members: book.members, claims: book.claims, prb_claims: prbClaims }, undefined, {
    UPCODING: { comorbidityCarePracticeShare: 0 },
  });

  it('names them once two patients with the line make a practice whatever their share', () => {
    for (const sep of exception) expect(anyShare().hitsOf(sep, SIGNAL), sep).toHaveLength(1);
  });
});
