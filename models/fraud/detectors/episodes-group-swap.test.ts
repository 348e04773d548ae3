// REPEAT_BILLING: one stay of a card billed again at the same hospital under another group (the
// diagnoses reordered so the stay groups otherwise) is named on the later submission; a newborn
// billed on its mother's card over her stay, and the same card's next stay a week later, are not.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { sex: 'P', birth_date: '1955-04-02' }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const PNEUMONIA: Row = {
  kode_inacbg: 'J-4-16-I',
  diagnosa: 'J18.9#J44.9',
  procedure: '87.44#99.21',
  tgl_masuk: '2024-02-01',
  tgl_pulang: '2024-02-06',
};
// COPD's group for the same stay, the diagnoses in the other order, submitted six weeks after the first
const COPD: Row = {
  ...PNEUMONIA,
  kode_inacbg: 'J-4-10-I',
  diagnosa: 'J44.1#J18.9',
  procedure: '87.44',
  tgl_pengajuan: addDays('2024-02-06', 42),
};

const first = add('swap', PNEUMONIA);
const regrouped = add('swap', COPD);
// the same regrouping a day shifted
add('shift', PNEUMONIA);
const shifted = add('shift', { ...COPD, tgl_masuk: '2024-02-02', tgl_pulang: '2024-02-07' });
// a newborn on its mother's card over her delivery stay: no diagnosis in common
const delivery = add('mother', {
  kode_inacbg: 'O-6-13-I',
  diagnosa: 'O80',
  procedure: '73.59',
  tgl_masuk: '2024-03-01',
  tgl_pulang: '2024-03-03',
});
const newborn = add('mother', {
  kode_inacbg: 'P-8-17-I',
  diagnosa: 'P59.9',
  procedure: null,
  tgl_masuk: '2024-03-01',
  tgl_pulang: '2024-03-03',
});
// the card back a week after discharge with COPD: another stay
add('back', PNEUMONIA);
const nextStay = add('back', { ...COPD, tgl_masuk: '2024-02-13', tgl_pulang: '2024-02-17' });

const run = runDetectorsOnce({ members, claims });

describe('REPEAT_BILLING: the same stay billed again under another group', () => {
  it('names the later submission, with the stay it repeats', () => {
    const hit = run().hitsOf(regrouped, 'same_stay_billed_under_another_group')[0];
    expect(hit?.related_sep).toEqual([first]);
    expect(hit?.strength).toBe('certain');
    expect(run().hitsOf(shifted, 'same_stay_billed_under_another_group')).toHaveLength(1);
    expect(run().hitsOf(first, 'same_stay_billed_under_another_group')).toHaveLength(0);
  });

  it("leaves a newborn on its mother's card and the card's next stay alone", () => {
    const flagged = new Set(
      run()
        .hitsOfType('REPEAT_BILLING')
        .map((h) => h.nomor_sep),
    );
    for (const sep of [delivery, newborn, nextStay]) expect(flagged.has(sep), sep).toBe(false);
  });
});
