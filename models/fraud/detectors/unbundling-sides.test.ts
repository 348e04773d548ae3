// UNBUNDLING: both eyes operated in one session and billed as two day cases (the second eye
// under a second SEP the next day) is named on the second; REPEAT_BILLING no longer takes it for
// the first billed again, but still names the same eye billed twice; the second eye staged weeks
// later is neither. The first eye's claim copied as the other eye's, dated the next day and sent
// weeks later in another round, is REPEAT_BILLING's (RT-REPEAT-141), not a split session; with its
// bill changed it is not a copy.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { REPEAT_BILLING_DETECTOR } from './episodes.js';
import { REPEAT_SIDE_COPY } from './unbundling-sides.js';

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

add('copied', eye('2024-06-03', 'R#R'));
const copiedLate = add('copied', { ...eye('2024-06-04', 'L#L'), tgl_pengajuan: '2024-06-24' });
add('rebilled', eye('2024-06-10', 'R#R'));
const otherBillLate = add('rebilled', { ...eye('2024-06-11', 'L#L'), tgl_pengajuan: '2024-07-01', tarif_alkes: 2_500_000 });

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

describe("REPEAT_BILLING: the first eye's claim sent again out of turn as the other eye", () => {
  it('names the copy sent weeks later as a repeat, not a split session', () => {
    const hit = run().hitsOf(copiedLate, 'other_side_billed_again_out_of_turn')[0];
    expect(hit?.fraud_type).toBe('REPEAT_BILLING');
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toMatch(
      /^Operation 13\.41, 13\.71 on side L dated 2024-06-04 at the same facility as \S+ on side R dated 2024-06-03, its bill Rp[\d,]+ against Rp[\d,]+, submitted 20 days after its day where the first was submitted 5 days after its own: the first claim sent again with the side changed$/,
    );
    expect(run().signalsOf(copiedLate, 'UNBUNDLING')).not.toContain('other_side_operated_apart');
  });

  it('leaves the session split in turn, a changed bill and the staged eye to their own readings', () => {
    for (const sep of [left, otherBillLate, staged]) expect(run().signalsOf(sep, 'REPEAT_BILLING'), sep).toEqual([]);
    expect(run().signalsOf(otherBillLate, 'UNBUNDLING')).toContain('other_side_operated_apart');
  });

  it("uses REPEAT_BILLING's resubmission thresholds on the UNBUNDLING side", () => {
    const t = REPEAT_BILLING_DETECTOR.thresholds;
    expect(REPEAT_SIDE_COPY).toEqual({
      dateToleranceDays: t.dateToleranceDays.value,
      maxBillDifference: t.maxBillDifference.value,
      resubmissionMinExtraLagDays: t.resubmissionMinExtraLagDays.value,
    });
  });
});
