// PROLONGED_LOS `los_above_norm` judges a stay far beyond the longer of its INA-CBG norm and the median
// stay of its code at other facilities (los-far-reference.ts; red team RT-NM-LOS-151 against
// RT-NM-TBLONG-105 and RT-NM-EFFUSION-141). Tuberculosis with a complication (A-4-12-II, norm 6.8
// days) stays ten to fourteen days at the referral hospitals that bill most of it, with their imaging
// and tests. A district hospital's honest long stays of fifteen to seventeen days, with a drained
// chest's modest care, were 2.2-2.5x the norm but barely longer than the others': not far beyond.
// Still named: stays kept four weeks on the same care (more than 2.15x the others' median too), a
// hospital alone in billing a code that keeps its patients long (its own stays never set its line), and
// uncomplicated tuberculosis (severity I: no complication with a course of its own) kept as long as
// the referral hospitals keep theirs: its norm is its condition's.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const DISTRICT = hospital('3305R401', { hospital_class: 'C' });
const KEEPER = hospital('3306R401', { hospital_class: 'C' });
const SOLE = hospital('3307R401', { hospital_class: 'C' });
const UNCOMPLICATED = hospital('3308R401', { hospital_class: 'C' });
const REFERRAL = [FACILITIES['jakarta1'], FACILITIES['jakarta2'], FACILITIES['makassar']].map((f) => String(f?.['facility_id']));

const COMPLICATED_TB: Row = { kode_inacbg: 'A-4-12-II', diagnosa: 'A15.0#J90', procedure: '34.04#87.44' };
// pulmonary tuberculosis without a complication (A-4-12-I, norm 5 days)
const TB: Row = { kode_inacbg: 'A-4-12-I', diagnosa: 'A15.0', procedure: '87.44' };
// dengue with warning signs (A-4-13-II, norm 5.4 days): billed by the sole hospital alone
const DENGUE: Row = { kode_inacbg: 'A-4-13-II', diagnosa: 'A91#D69.6', procedure: '90.59' };

const book = peerStays('lfr', 13);
const { claims, members } = book;

/** Room and nursing for `days`, the care of a course (drugs, tests, imaging, doctors) times `care`. */
const billFor = (days: number, care: number, k: number): Row =>
  billOf({
    tarif_kamar: (250_000 + 1_000 * (k % 13)) * days,
    tarif_keperawatan: 120_000 * days,
    tarif_obat: (900_000 + 10_000 * (k % 7)) * care,
    tarif_laboratorium: 400_000 * care,
    tarif_radiologi: 300_000 * care,
    tarif_tenaga_ahli: 600_000 * care,
  });

let k = 0;
const stay = (facility: string, los: number, care: number, code: Row = COMPLICATED_TB): string =>
  book.stayAt(facility, los, { ...code, ...billFor(los, care, ++k) });

// the referral hospitals: ten to fourteen days, median twelve, the care of a long course
const REFERRAL_DAYS = [10, 11, 12, 13, 14];
for (let i = 0; i < 45; i++) stay(REFERRAL[i % 3] as string, REFERRAL_DAYS[i % 5] as number, 3);
// the district hospital: most of its patients as long as the referral hospitals', three longer, with less care
const DISTRICT_ID = String(DISTRICT['facility_id']);
for (let i = 0; i < 10; i++) stay(DISTRICT_ID, REFERRAL_DAYS[i % 5] as number, 3);
const districtLong = [15, 16, 17].map((los) => stay(DISTRICT_ID, los, 3.3));
// the keeper: four weeks on the care of a twelve-day course
const KEEPER_ID = String(KEEPER['facility_id']);
for (let i = 0; i < 10; i++) stay(KEEPER_ID, REFERRAL_DAYS[i % 5] as number, 3);
const keptFourWeeks = [28, 27, 29].map((los) => stay(KEEPER_ID, los, 3));
// uncomplicated tuberculosis: ten to fourteen days at the referral hospitals, and a hospital keeping three of its own as long
for (let i = 0; i < 45; i++) stay(REFERRAL[i % 3] as string, REFERRAL_DAYS[i % 5] as number, 3, TB);
const UNCOMPLICATED_ID = String(UNCOMPLICATED['facility_id']);
for (let i = 0; i < 10; i++) stay(UNCOMPLICATED_ID, 4 + (i % 3), 2, TB);
const uncomplicatedLong = [12, 13, 14].map((los) => stay(UNCOMPLICATED_ID, los, 3, TB));
// the sole hospital: every dengue patient kept twelve to fourteen days, nobody else bills the code
const soleLong = [12, 13, 14, 12, 13].map((los) => stay(String(SOLE['facility_id']), los, 1, DENGUE));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), DISTRICT, KEEPER, SOLE, UNCOMPLICATED], members, claims });
const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe("PROLONGED_LOS: a stay far beyond the longer of its norm and the other facilities' median", () => {
  it("leaves stays past 2.15x the norm but near other facilities' long stays of the code unnamed", () => {
    for (const sep of districtLong) expect(prolonged(sep), sep).not.toContain('los_above_norm');
  });

  it("still names stays kept beyond 2.15x the other facilities' median, saying so", () => {
    for (const sep of keptFourWeeks) expect(prolonged(sep), sep).toContain('los_above_norm');
    const [hit] = run().hitsOf(keptFourWeeks[0] as string, 'los_above_norm');
    expect(hit?.evidence_en).toMatch(
      /^Stay of 28 days = 4\.1x the INA-CBG norm of 6\.8 days for A-4-12-II, 2\.3x the median of 12\.0 days at other facilities$/,
    );
  });

  it("still names a sole provider's long stays against the norm: its own stays never set its line", () => {
    for (const sep of soleLong) expect(prolonged(sep), sep).toContain('los_above_norm');
    const [hit] = run().hitsOf(soleLong[0] as string, 'los_above_norm');
    expect(hit?.evidence_en).toBe('Stay of 12 days = 2.2x the INA-CBG norm of 5.4 days for A-4-13-II');
  });

  it("still names severity-I stays past 2.15x their norm however long other facilities keep the code's patients", () => {
    for (const sep of uncomplicatedLong) expect(prolonged(sep), sep).toContain('los_above_norm');
    const [hit] = run().hitsOf(uncomplicatedLong[0] as string, 'los_above_norm');
    expect(hit?.evidence_en).toBe('Stay of 12 days = 2.4x the INA-CBG norm of 5.0 days for A-4-12-I');
  });
});
