// CANCELLED_SERVICE `operation_coded_without_own_fee_and_time` (red team RT-CANCEL-151): curettage coded on
// miscarriage stays (O-6-14-I, a group that promises no operation) with no surgical fee and no operation
// time, at a hospital whose other curettages carry both. Near misses: a hospital that curettes on the ward
// and bills no fee on any of its claims, a hospital that does both (half its curettages billed, half not),
// the fee booked on the non-surgical line instead, a hospital with too few billed curettages, and a catheter on a
// medical stay where the hospital codes catheters only after the prostatectomies its fees pay for, and dialysis
// on a medical admission where only the outpatient sessions bill it with a fee and a time (2 honest claims at 150k).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { OWN_PRACTICE_THRESHOLDS } from './cancelled-own-practice.js';

const SIGNAL = 'operation_coded_without_own_fee_and_time';
const THEATRE = '1202R151';
const WARD = '1203R151';
const MIXED = '1204R151';
const FEW = '1205R151';
const facilities: Row[] = [...Object.values(FACILITIES), ...[THEATRE, WARD, MIXED, FEW].map((id) => hospital(id, { hospital_class: 'C' }))];
const book = claimBook();
let n = 0;

/** A miscarriage stay with curettage coded: billed with a surgical fee and its time when `billed`, neither otherwise. */
function curettage(facility: string, billed: boolean, over: Row = {}): string {
  n++;
  const masuk = addDays('2025-02-03', 3 * n);
  return book.add(
    `cur${n}`,
    {
      facility_id: facility,
      tgl_masuk: masuk,
      tgl_pulang: addDays(masuk, 1),
      kode_inacbg: 'O-6-14-I',
      diagnosa: 'O03.9',
      procedure: '69.09#88.78',
      tarif_prosedur_bedah: billed ? 650_000 : 0,
      ...(billed ? { waktu_operasi: `${addDays(masuk, 1)} 08:30:00` } : {}),
      ...over,
    },
    { sex: 'P', birth_date: '1996-04-01' },
  );
}
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

times(12, () => curettage(THEATRE, true));
const notDone = times(3, () => curettage(THEATRE, false));
// the operation's fee booked as a ward procedure instead: Rp600,000 on the non-surgical line
const onOtherLine = curettage(THEATRE, false, { tarif_prosedur_non_bedah: 700_000 });
const onWard = times(5, () => curettage(WARD, false));
times(3, () => curettage(MIXED, true));
const mixed = times(3, () => curettage(MIXED, false));
times(2, () => curettage(FEW, true));
const few = curettage(FEW, false);
// a catheter (57.94) coded after the prostatectomies the theatre hospital bills, and on its medical stays alone
for (let i = 0; i < 6; i++) curettage(THEATRE, true, { kode_inacbg: 'N-1-20-I', diagnosa: 'N40', procedure: '60.29#57.94' });
const catheter = curettage(THEATRE, false, { kode_inacbg: 'N-4-11-I', diagnosa: 'N39.0', procedure: '57.94' });
// dialysis (39.95) billed with a fee and a time on its outpatient sessions, and done on a medical admission without one
for (let i = 0; i < 6; i++) curettage(THEATRE, true, { jenis_rawat: 2, kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5', procedure: '39.95' });
const dialysis = curettage(THEATRE, false, { kode_inacbg: 'N-4-10-I', diagnosa: 'N18.5', procedure: '39.95' });

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });

describe("CANCELLED_SERVICE: an operation coded without the fee and time the hospital's own bills of it carry", () => {
  it('names the curettages coded with no fee and no time where the hospital bills its others with both', () => {
    expect(
      run()
        .hitsOfType('CANCELLED_SERVICE', SIGNAL)
        .map((h) => h.nomor_sep)
        .sort(),
    ).toEqual([...notDone].sort());
    const hit = run().hitsOf(notDone[0] ?? '', SIGNAL)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toBe(
      'Operation 69.09 coded on a O-6-14-I stay with no surgical fee and no operation time, while this hospital billed 12 of its 16 stays of the same operation with a surgical fee (median Rp650,000) and their time recorded',
    );
  });

  it('leaves alone a ward practice, a mixed practice, the fee on another line, too few billed stays, an operation billed only after another and a procedure billed on sessions only', () => {
    expect(OWN_PRACTICE_THRESHOLDS.minOwnBilledShare.value).toBe(0.75);
    for (const sep of [onOtherLine, ...onWard, ...mixed, few, catheter, dialysis])
      expect(run().signalsOf(sep, 'CANCELLED_SERVICE'), sep).not.toContain(SIGNAL);
  });
});
