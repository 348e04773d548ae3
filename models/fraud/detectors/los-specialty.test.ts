// PROLONGED_LOS at specialty hospitals (los-specialty.ts, red team RT-NM-PSYCH-51): a mental
// hospital's weeks-long psychosis stays are judged against hospitals of its kind, not against
// general hospitals' psychiatric beds or the INA-CBG norm; a mental hospital that keeps its
// patients far beyond its kind is named; a general hospital keeping psychiatric patients weeks is
// still judged as before (no exemption by the kind of care alone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const hospital = (facility_id: string, facility_type: 'RSU' | 'RSK', regency: string): Row => ({
  facility_id,
  facility_type,
  hospital_class: 'B',
  province_code: regency.slice(0, 2),
  regency_code: regency,
  ownership: 'PEMERINTAH',
  tariff_region: 1,
  latitude: -7,
  longitude: 110.4,
});
const SEMARANG_RSJ = hospital('3374R101', 'RSK', '3374');
const MAGELANG_RSJ = hospital('3371R101', 'RSK', '3371');
const SOLO_RSJ = hospital('3372R101', 'RSK', '3372');
const BOGOR_RSJ = hospital('3271R101', 'RSK', '3271');
/** A general hospital whose only stays in the extract are psychiatric: its case mix alone makes it no specialty hospital. */
const GENERAL_WARD = hospital('3275R101', 'RSU', '3275');

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
function stay(facility: Row, los: number, over: Row = {}): string {
  n++;
  const card = `ls${n}`;
  members.push(member(card));
  const masuk = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, {
    facility_id: String(facility['facility_id']),
    kode_inacbg: 'F-4-10-I',
    diagnosa: 'F20.9',
    procedure: '94.25',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, los),
    tarif_kamar: 100_000 + 1_000 * (n % 13),
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

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

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({
    facilities: [...Object.values(FACILITIES), SEMARANG_RSJ, MAGELANG_RSJ, SOLO_RSJ, BOGOR_RSJ, GENERAL_WARD],
    members,
    claims,
  });
}, 120_000);
afterAll(async () => {
  await run.close();
});

const prolonged = (sep: string): string[] =>
  run
    .hitsOf(sep)
    .filter((h) => h.fraud_type === 'PROLONGED_LOS')
    .map((h) => h.signal);

describe('PROLONGED_LOS at specialty hospitals', () => {
  it("leaves a mental hospital's weeks-long psychoses to its own kind: not judged by general hospitals' norms", () => {
    for (const sep of semarang) expect(prolonged(sep)).toEqual([]);
  });

  it('names the mental hospital keeping patients far beyond the other mental hospitals', () => {
    for (const sep of bogor) {
      const [h] = run.hitsOf(sep, 'stay_far_beyond_specialty_norm');
      expect(h?.evidence_en).toContain('other hospitals of its kind');
      // only the specialty signal: the general hospitals' percentiles are not its norm
      expect(prolonged(sep)).toEqual(['stay_far_beyond_specialty_norm']);
    }
  });

  it('still judges a general hospital whose psychiatric patients stay weeks', () => {
    for (const sep of generalWard) expect(prolonged(sep)).toContain('los_above_norm');
  });
});
