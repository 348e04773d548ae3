// A patient on life support referred on (referral-pairs.ts stepUpSql, red team RT-NM-VENTTRANSFER-106):
// intubated and ventilated in the intensive care of a class C hospital, transferred within a day to a
// class B hospital that ventilates on, is escalated care, not a sham referral, though the coded
// severity (I) and the receiving ICU are no step up by themselves. Still named: the same patient
// sent to a class B ward without intensive care (the care given was the higher), and one moved
// between two class B intensive care units (no higher class). A small warehouse of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CLASS_C = String(FACILITIES['bandung']?.['facility_id']);
const CLASS_B = String(FACILITIES['jakarta1']?.['facility_id']);
const OTHER_B = String(FACILITIES['jakarta2']?.['facility_id']);
const SIGNAL = 'short_stay_then_referred';

const book = claimBook();
const respiratoryFailure: Row = { kode_inacbg: 'J-4-20-I', diagnosa: 'J96.0#J18.9' };
/** Ventilated in intensive care for `hours` hours at `facility` from `from` for `days` days. */
const ventilated = (facility: string, from: string, days: number, hours: number, over: Row = {}): Row => ({
  ...respiratoryFailure,
  facility_id: facility,
  tgl_masuk: from,
  tgl_pulang: new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
  procedure: '96.04#96.71',
  icu_indikator: 1,
  icu_los: Math.max(1, days),
  ventilator_hour: hours,
  ...over,
});
const referred = { discharge_status: 2 };

const escalated = book.add('ls1', ventilated(CLASS_C, '2024-04-02', 1, 26, referred));
book.add('ls1', ventilated(CLASS_B, '2024-04-03', 5, 70));
const toWard = book.add('ls2', ventilated(CLASS_C, '2024-04-12', 1, 20, referred));
book.add('ls2', { ...respiratoryFailure, facility_id: CLASS_B, tgl_masuk: '2024-04-13', tgl_pulang: '2024-04-17' });
const sameClass = book.add('ls3', ventilated(CLASS_B, '2024-04-22', 1, 22, referred));
book.add('ls3', ventilated(OTHER_B, '2024-04-23', 4, 60));

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});
afterAll(async () => run?.close());

describe('a ventilated patient referred on to a higher class', () => {
  it('leaves the transfer of a ventilated patient to a higher-class intensive care unit silent', () => {
    expect(run.hitsOf(escalated, SIGNAL)).toEqual([]);
    expect(run.signalsOf(escalated, 'SELF_REFERRAL')).toEqual([]);
  });

  it('still names the move to a ward without intensive care, and the move between two hospitals of one class', () => {
    expect(run.hitsOf(toWard, SIGNAL)).toHaveLength(1);
    expect(run.hitsOf(sameClass, SIGNAL)).toHaveLength(1);
  });
});
