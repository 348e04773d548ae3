// UNBUNDLING: both eyes operated in one session and billed as two day cases (the second eye
// under a second SEP the next day) is named on the second; REPEAT_BILLING no longer takes it for
// the first billed again, but still names the same eye billed twice; the second eye staged weeks
// later is neither.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: `1950-06-${String(10 + members.length)}` }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const PHACO: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'H-2-36-0',
  diagnosa: 'H25.9',
  procedure: '13.41#13.71',
  tarif_prosedur_bedah: 3_100_000,
};
const eye = (day: string, sides: string): Row => ({ ...PHACO, tgl_masuk: day, tgl_pulang: day, lateralitas: sides });

const right = add('both', eye('2024-05-02', 'R#R'));
const left = add('both', eye('2024-05-03', 'L#L'));
const sameDayRight = add('sameday', eye('2024-05-02', 'R#R'));
const sameDayLeft = add('sameday', eye('2024-05-02', 'L#L'));
add('again', eye('2024-05-02', 'R#R'));
const rightAgain = add('again', eye('2024-05-03', 'R#R'));
add('staged', eye('2024-05-02', 'R#R'));
const staged = add('staged', eye('2024-05-23', 'L#L'));

const run = runDetectorsOnce({ members, claims });

describe('UNBUNDLING: both eyes of one session billed under two SEPs', () => {
  it('names the second eye, the same day or the next, with the first', () => {
    expect(run().hitsOf(left, 'other_side_operated_apart')[0]?.related_sep).toEqual([right]);
    expect(run().hitsOf(right, 'other_side_operated_apart')).toHaveLength(0);
    const sameDay = [sameDayRight, sameDayLeft].flatMap((s) => run().hitsOf(s, 'other_side_operated_apart'));
    expect(sameDay).toHaveLength(1);
  });

  it('takes the other eye for no repeat, the same eye still for one', () => {
    const repeats = new Set(
      run()
        .hitsOfType('REPEAT_BILLING')
        .map((h) => h.nomor_sep),
    );
    for (const sep of [right, left, sameDayRight, sameDayLeft]) expect(repeats.has(sep), sep).toBe(false);
    expect(repeats.has(rightAgain)).toBe(true);
    expect(run().signalsOf(rightAgain, 'UNBUNDLING')).not.toContain('other_side_operated_apart');
  });

  it('leaves the second eye staged three weeks later alone', () => {
    expect(run().signalsOf(staged, 'UNBUNDLING')).not.toContain('other_side_operated_apart');
    expect(run().signalsOf(staged, 'REPEAT_BILLING')).toHaveLength(0);
  });
});
