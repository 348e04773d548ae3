// PROLONGED_LOS and a stay judged by its raising complication's guideline course (los-complication-course.ts, red
// team RT-NM-PREECLAMPSIA-101): caesareans of severe pre-eclampsia given magnesium, antihypertensives and their
// tests, home on day five or six where other hospitals send their caesareans home in three or four, are the
// complication's course, not stretched stays. Still named: the same code and lengths with an ordinary
// caesarean's care (the complication coded without its treatment), and treated stays kept past the course.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';
import { SEVERE_PREECLAMPSIA_COURSE } from './los-complication-course.js';

const TREATED = hospital('3214R301');
const UNTREATED = hospital('3215R301');
const KEPT = hospital('3216R301');
const PEERS = ['3171R001', '3171R002', '7371R001'];

// caesareans of level II: the group's own raising conditions (a previous scar, fetal distress) at other hospitals
const book = peerStays('lcx', 13, { kode_inacbg: 'O-6-10-II', procedure: '74.1' });
const { claims, members } = book;

/**
 * A caesarean's bill: room and nursing for `days`, the operation, and its drugs, tests and doctors; `drugs` and
 * `tests` scale the drugs (magnesium sulphate, antihypertensives) and the laboratory (liver, kidney, clotting).
 */
const billFor = (days: number, k: number, drugs = 1, tests = 1): Row =>
  billOf({
    tarif_kamar: (250_000 + 1_000 * (k % 13)) * days,
    tarif_keperawatan: 120_000 * days,
    tarif_prosedur_bedah: 3_000_000,
    tarif_obat: Math.round((900_000 + 10_000 * (k % 7)) * drugs),
    tarif_laboratorium: Math.round(400_000 * tests),
    tarif_radiologi: 300_000,
    tarif_tenaga_ahli: 600_000,
  });

let k = 0;
const caesarean = (facility: string, los: number, diagnosa: string, drugs = 1, tests = 1, procedure = '74.1', over: Row = {}): string =>
  book.stayAt(facility, los, { ...billFor(los, ++k, drugs, tests), diagnosa, procedure, ...over });
// the judged hospitals admit on Saturdays of October and November 2024 (no holiday): discharged on weekdays after
// weekdays, so no discharge is held over a day without rounds (provider-excess-hits.ts), which is another signal
const SATURDAYS = ['2024-10-05', '2024-10-12', '2024-10-19', '2024-10-26', '2024-11-02', '2024-11-09'];
const judged = (h: Row, los: number, i: number, diagnosa: string, drugs = 1, tests = 1, procedure = '74.1'): string => {
  const masuk = SATURDAYS[i] as string;
  return caesarean(h['facility_id'] as string, los, diagnosa, drugs, tests, procedure, {
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, los),
  });
};

// other hospitals: home in three or four days, a severe pre-eclampsia now and then among them (enough stays that the
// long ones below stay under a tenth of every hospital's others)
for (let i = 0; i < 180; i++)
  caesarean(PEERS[i % 3] as string, 3 + (i % 2), i % 30 === 0 ? 'O82.9#O14.1' : i % 2 === 0 ? 'O82.9#O34.2' : 'O82.9#O64.1');
const lengths = [5, 6, 5, 6, 5, 6];
// severe pre-eclampsia with its treatment: the magnesium infusion (99.18) and a dearer drugs and laboratory line
const treated = lengths.map((los, i) => judged(TREATED, los, i, 'O82.9#O14.1', 1.6, 2, '74.1#99.18'));
// the same code and lengths with an ordinary caesarean's care
const untreated = lengths.map((los, i) => judged(UNTREATED, los, i, 'O82.9#O14.1'));
// treated, and kept past the course
const kept = lengths.map((los, i) => judged(KEPT, los + 5, i, 'O82.9#O14.1', 1.6, 2, '74.1#99.18'));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), TREATED, UNTREATED, KEPT], members, claims }, 600_000);
const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe("PROLONGED_LOS: a stay judged by its raising complication's guideline course", () => {
  it('names none of the treated severe pre-eclampsias within the course', () => {
    for (const sep of treated) expect(prolonged(sep), sep).toEqual([]);
  });

  it('names the same code and lengths billed with an ordinary caesarean care', () => {
    for (const sep of untreated) expect(prolonged(sep).length, sep).toBeGreaterThan(0);
  });

  it('judges treated stays kept past the course', () => {
    expect(Math.max(...lengths) + 5).toBeGreaterThan(SEVERE_PREECLAMPSIA_COURSE.courseDays);
    for (const sep of kept) expect(prolonged(sep).length, sep).toBeGreaterThan(0);
  });
});
