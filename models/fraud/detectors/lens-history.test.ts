// A lens is removed from an eye once (red team RT-REPEAT-31, RT-PHANTOM-101, near misses
// RT-NM-STAGED-01, RT-NM-CATARACT-104): the same eye billed again by the same hospital four weeks
// later is the first operation resubmitted (REPEAT_BILLING); billed by another hospital months
// after both eyes were done is an operation that cannot have been given (PHANTOM_BILLING); the
// second eye at another hospital is neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { LENS_HISTORY_THRESHOLDS } from './lens-history.js';

const { claims, members, add } = claimBook();
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);

/** A phaco with a lens as day surgery on `day`, on the sides given (lateralitas per procedure), at Jakarta unless moved. */
const phaco = (day: string, sides: string, over: Row = {}): Row => ({
  jenis_rawat: 2,
  kode_inacbg: 'H-2-36-0',
  diagnosa: 'H25.9',
  procedure: '13.41#13.71',
  tarif_prosedur_bedah: 3_100_000,
  tgl_masuk: day,
  tgl_pulang: day,
  lateralitas: sides,
  ...over,
});

// the right eye billed again by the same hospital four weeks later
add('again', phaco('2024-02-01', 'R#R'));
const resubmitted = add('again', phaco('2024-02-29', 'R#R'));
// both eyes done at Jakarta in January and February; Bandung bills the right eye in May
add('both', phaco('2024-01-10', 'R#R'));
add('both', phaco('2024-02-14', 'L#L'));
const eyeWithoutLens = add('both', phaco('2024-05-08', 'R#R', { facility_id: BANDUNG }));
// near miss: the right eye at Jakarta, the left at Bandung (a shorter queue for the second eye)
add('second', phaco('2024-01-10', 'R#R'));
const secondEyeElsewhere = add('second', phaco('2024-04-03', 'L#L', { facility_id: BANDUNG }));

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => {
  await run?.close();
});

const lensSignals = (sep: string): string[] =>
  (run?.hitsOf(sep) ?? [])
    .filter((h) => /lens/.test(h.signal))
    .map((h) => `${h.fraud_type}:${h.signal}:${h.strength}`)
    .sort();

describe('a second lens extraction on one eye, typed by how it came about', () => {
  it('names the same hospital billing the same eye again within the resubmission window REPEAT_BILLING', () => {
    expect(LENS_HISTORY_THRESHOLDS.lensResubmissionMaxDays.value).toBe(180);
    expect(lensSignals(resubmitted)).toEqual(['REPEAT_BILLING:lens_removed_twice_same_eye:certain']);
  });

  it('names another hospital operating an eye whose lens is already out PHANTOM_BILLING, with the earlier operation as evidence', () => {
    expect(lensSignals(eyeWithoutLens)).toEqual(['PHANTOM_BILLING:lens_extraction_on_eye_without_lens:certain']);
    const hit = run?.hitsOf(eyeWithoutLens, 'lens_extraction_on_eye_without_lens')[0];
    expect(hit?.related_sep).toHaveLength(1);
    expect(hit?.evidence_en).toContain('already removed');
  });

  it('leaves the second eye operated at another hospital alone', () => {
    expect(lensSignals(secondEyeElsewhere)).toEqual([]);
  });
});
