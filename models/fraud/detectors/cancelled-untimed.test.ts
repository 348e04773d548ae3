// CANCELLED_SERVICE `untimed_operation_shorter_than_own_course` (red team RT-CANCEL-141): tonsillectomies
// postponed on the morning of the list and billed whole, with no operation time and one night, at a
// hospital whose operated patients, their time recorded, stay two (one of them one). Near misses: an untimed operation
// with the hospital's usual stay (a time the clerk left out), a timed one-night stay (operated, fit
// early), and an untimed one-night stay at a hospital with too few timed stays of it to have a course.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import { UNTIMED_OPERATION_THRESHOLDS } from './cancelled-untimed.js';

const book = claimBook();
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const SIGNAL = 'untimed_operation_shorter_than_own_course';

/** A tonsillectomy of `card` admitted `day` for `nights`, its operation the next morning when `timed`. */
function tonsillectomy(card: string, day: string, nights: number, timed: boolean, facility = '3171R001'): string {
  return book.add(card, {
    facility_id: facility,
    tgl_masuk: day,
    tgl_pulang: addDays(day, nights),
    kode_inacbg: 'U-1-13-I',
    diagnosa: 'J35.0',
    procedure: '28.2',
    tarif_prosedur_bedah: 1_800_000,
    ...(timed ? { waktu_operasi: `${addDays(day, 1)} 08:00:00` } : {}),
  });
}

const day = (i: number): string => addDays('2024-02-05', 6 * i);
for (const i of [0, 1, 2, 3, 4]) tonsillectomy(`op${i}`, day(i), 2, true);
const postponed = [tonsillectomy('pp1', day(5), 1, false), tonsillectomy('pp2', day(6), 1, false)];
const clerkSlip = tonsillectomy('slip', day(7), 2, false);
const fitEarly = tonsillectomy('early', day(8), 1, true);
// Bandung: two timed stays only
for (const i of [0, 1]) tonsillectomy(`bdg${i}`, day(i), 2, true, BANDUNG);
const fewPeers = tonsillectomy('few', day(2), 1, false, BANDUNG);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe("CANCELLED_SERVICE: an untimed operation home sooner than the hospital's own operated stays", () => {
  it('names the untimed one-night tonsillectomies, naming the own stays', () => {
    expect(
      run()
        .hitsOfType('CANCELLED_SERVICE', SIGNAL)
        .map((h) => h.nomor_sep)
        .sort(),
    ).toEqual([...postponed].sort());
    const hit = run().hitsOf(postponed[0] ?? '', SIGNAL)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toBe(
      "Operation 28.2 billed with a surgical fee of Rp1,800,000 but no operation time, the patient home after 1 night(s), while this hospital's 6 stays of the same operation with their time recorded lasted 1 to 2 nights (lower quartile 2.0)",
    );
  });

  it('leaves a missing time on the usual stay, a timed short stay and a hospital with too few timed stays alone', () => {
    expect(UNTIMED_OPERATION_THRESHOLDS.minOwnTimedStays.value).toBe(3);
    for (const sep of [clerkSlip, fitEarly, fewPeers]) expect(run().signalsOf(sep, 'CANCELLED_SERVICE'), sep).not.toContain(SIGNAL);
  });
});
