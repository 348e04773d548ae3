// REPEAT_BILLING same_episode_resubmitted on outpatient sessions: a haemodialysis unit's sessions
// of one card two days apart (a session moved by a holiday), each submitted in turn after its own
// day, are the schedule (red team RT-NM-DIALYSIS-81); the same session sent again weeks later
// under a date shifted by a day, or under its own date, is a resubmission.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: `1968-02-${String(10 + members.length)}` }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** An outpatient haemodialysis session (INA-CBG N-3-15-0, ICD-9-CM 39.95) on `day`, submitted `submitted`. */
const session = (day: string, submitted: string): Row => ({
  jenis_rawat: 2,
  kode_inacbg: 'N-3-15-0',
  diagnosa: 'N18.5#Z49.1',
  procedure: '39.95',
  tgl_masuk: day,
  tgl_pulang: day,
  tgl_pengajuan: submitted,
});

// Tuesday's session moved to Wednesday by a holiday, then Friday's: both submitted 12 days after their day
const wednesday = add('schedule', session('2024-05-08', '2024-05-20'));
const friday = add('schedule', session('2024-05-10', '2024-05-22'));
// the Wednesday session sent again six weeks later, dated a day on
add('shifted', session('2024-05-08', '2024-05-20'));
const shifted = add('shifted', session('2024-05-09', '2024-07-01'));
// the same session sent again under its own date, in turn
add('same-day', session('2024-05-08', '2024-05-20'));
const sameDay = add('same-day', session('2024-05-08', '2024-05-21'));

const run = runDetectorsOnce({ members, claims });

describe('REPEAT_BILLING: outpatient sessions of a schedule against a resubmission', () => {
  it('leaves two sessions of one card days apart, each submitted after its own day, alone', () => {
    expect(run().signalsOf(wednesday, 'REPEAT_BILLING')).toEqual([]);
    expect(run().signalsOf(friday, 'REPEAT_BILLING')).toEqual([]);
  });

  it('names a session sent again out of turn under a date shifted by a day', () => {
    const hits = run().hitsOf(shifted, 'same_episode_resubmitted');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence_en).toContain('N-3-15');
  });

  it('names a session billed again under its own date whenever it was sent', () => {
    expect(run().hitsOf(sameDay, 'same_episode_resubmitted')).toHaveLength(1);
  });
});
