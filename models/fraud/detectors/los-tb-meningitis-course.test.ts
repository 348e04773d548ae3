// PROLONGED_LOS and tuberculous meningitis (los-complication-course.ts TUBERCULOUS_MENINGITIS_COURSE, red team
// RT-NM-TBMENINGITIS-111): three to four weeks in hospital with the lumbar puncture, imaging and a cheap daily
// course (anti-tuberculosis drugs by tube, dexamethasone) where other hospitals' stays of the group (acute
// meningitis, seizures) go home in five days, are the condition's course, not stretched stays. Still named: the
// same codes and lengths without the lumbar puncture and with an ordinary stay's care (the code added), and
// treated stays kept past the four weeks.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';
import { TUBERCULOUS_MENINGITIS_COURSE } from './los-complication-course.js';

const TREATED = hospital('3507R301');
const UNTREATED = hospital('3508R301');
const KEPT = hospital('3509R301');
const PEERS = ['3171R001', '3171R002', '7371R001'];

const book = peerStays('ltb', 13, { kode_inacbg: 'G-4-15-III' });
const { claims, members } = book;

/** A stay's bill: room and nursing for `days`, a work-up, and `daily` rupiah of drugs and tests a day. */
const billFor = (days: number, k: number, daily: number): Row =>
  billOf({
    tarif_kamar: (250_000 + 1_000 * (k % 13)) * days,
    tarif_keperawatan: 120_000 * days,
    tarif_obat: 900_000 + 10_000 * (k % 7) + daily * days,
    tarif_laboratorium: 600_000,
    tarif_radiologi: 700_000,
    tarif_tenaga_ahli: 800_000,
  });

let k = 0;
const stay = (facility: string, los: number, diagnosa: string, procedure: string | null, daily: number): string =>
  book.stayAt(facility, los, { ...billFor(los, ++k, daily), diagnosa, procedure });

// other hospitals: acute meningitis and seizures of level III, home in four to six days, their care dear per day
for (let i = 0; i < 90; i++)
  stay(PEERS[i % 3] as string, 4 + (i % 3), i % 2 === 0 ? 'G03.9#R56.0' : 'G40.9#J18.9', i % 2 === 0 ? '03.31' : null, 250_000);
const lengths = [21, 24, 27, 23, 26, 22];
const facility = (h: Row): string => h['facility_id'] as string;
// tuberculous meningitis with its lumbar puncture and head CT, a cheap daily course
const treated = lengths.map((los) => stay(facility(TREATED), los, 'G03.9#A16.2', '03.31#87.03', 90_000));
// the same codes and lengths, no lumbar puncture, an ordinary stay's care
const untreated = lengths.map((los) => stay(facility(UNTREATED), los, 'G03.9#A16.2', null, 0));
// treated, and kept past the four weeks
const kept = lengths.map((los) => stay(facility(KEPT), los + 14, 'G03.9#A16.2', '03.31#87.03', 90_000));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), TREATED, UNTREATED, KEPT], members, claims }, 600_000);
const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe('PROLONGED_LOS: tuberculous meningitis judged by its guideline course', () => {
  it('names none of the treated stays within the four weeks', () => {
    for (const sep of treated) expect(prolonged(sep), sep).toEqual([]);
  });

  it('names the same codes and lengths without the lumbar puncture and the course’s care', () => {
    for (const sep of untreated) expect(prolonged(sep).length, sep).toBeGreaterThan(0);
  });

  it('judges treated stays kept past the course', () => {
    expect(Math.min(...lengths) + 14).toBeGreaterThan(TUBERCULOUS_MENINGITIS_COURSE.courseDays);
    for (const sep of kept) expect(prolonged(sep).length, sep).toBeGreaterThan(0);
  });
});
