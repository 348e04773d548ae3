// PROLONGED_LOS at specialty hospitals (los-specialty.ts, red team RT-NM-PSYCH-51): a mental
// hospital's weeks-long psychosis stays are judged against hospitals of its kind, not against
// general hospitals' psychiatric beds or the INA-CBG norm; a mental hospital that keeps its
// patients far beyond its kind is named; a general hospital keeping psychiatric patients weeks is
// still judged as before (no exemption by the kind of care alone).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

/** A mental hospital (RSK, a specialty hospital). */
const mentalHospital = (facilityId: string): Row => hospital(facilityId, { facility_type: 'RSK' });
const SEMARANG_RSJ = mentalHospital('3374R101');
const MAGELANG_RSJ = mentalHospital('3371R101');
const SOLO_RSJ = mentalHospital('3372R101');
const BOGOR_RSJ = mentalHospital('3271R101');
/** A general hospital whose only stays in the extract are psychiatric: its case mix alone makes it no specialty hospital. */
const GENERAL_WARD = hospital('3275R101');

// psychosis stays, each of a new patient
const book = peerStays('ls', 13, { kode_inacbg: 'F-4-10-I', diagnosa: 'F20.9', procedure: '94.25' });
const { claims, members } = book;
const stay = (facility: Row, los: number, over: Row = {}): string => book.stayAt(String(facility['facility_id']), los, over);

// general hospitals' psychiatric beds: a week or so, then home or referred on
for (let i = 0; i < 30; i++) stay(i % 2 ? (FACILITIES['jakarta2'] ?? {}) : (FACILITIES['makassar'] ?? {}), 6 + (i % 7));
// Semarang's mental hospital: acute psychoses three to five weeks, as the other mental hospitals below keep them
const semarang = [24, 29, 21, 32, 26, 23].map((los) => stay(SEMARANG_RSJ, los));
// Magelang and Solo: mental hospitals with stays of three to four weeks (the kind's norm), and a few other admissions
for (let i = 0; i < 12; i++) {
  stay(MAGELANG_RSJ, 20 + (i % 9));
  stay(SOLO_RSJ, 21 + (i % 8));
}
stay(MAGELANG_RSJ, 4, { kode_inacbg: 'K-4-17-I', diagnosa: 'A09' });
// Bogor's mental hospital keeps its patients three months: far beyond its kind
const bogor = [88, 95, 90, 101, 92].map((los) => stay(BOGOR_RSJ, los));
// a general hospital keeping psychiatric patients for weeks is judged as before
const generalWard = [26, 28, 30, 27, 25].map((los) => stay(GENERAL_WARD, los));

const run = runDetectorsOnce({
  facilities: [...Object.values(FACILITIES), SEMARANG_RSJ, MAGELANG_RSJ, SOLO_RSJ, BOGOR_RSJ, GENERAL_WARD],
  members,
  claims,
});

const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe('PROLONGED_LOS at specialty hospitals', () => {
  it("leaves a mental hospital's weeks-long psychoses to its own kind: not judged by general hospitals' norms", () => {
    for (const sep of semarang) expect(prolonged(sep)).toEqual([]);
  });

  it('names the mental hospital keeping patients far beyond the other mental hospitals', () => {
    for (const sep of bogor) {
      const [h] = run().hitsOf(sep, 'stay_far_beyond_specialty_norm');
      expect(h?.evidence_en).toContain('other hospitals of its kind');
      // only the specialty signal: the general hospitals' percentiles are not its norm
      expect(prolonged(sep)).toEqual(['stay_far_beyond_specialty_norm']);
    }
  });

  it('still judges a general hospital whose psychiatric patients stay weeks', () => {
    for (const sep of generalWard) expect(prolonged(sep)).toContain('los_above_norm');
  });
});
