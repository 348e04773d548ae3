// PARTICIPANT_ABUSE by the calendar of pregnancy (RT-ABUSE-61's mechanism): a second delivery on a
// card four months after the first, at another hospital, is another woman's. Near misses: twins
// billed as two claims of one stay, a post-partum readmission, a miscarriage months after a birth
// and a second child 20 months later, none of them two births too close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const MOTHER: Row = { sex: 'P', birth_date: '1998-05-12' };

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, MOTHER));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const vaginal = (masuk: string, pulang: string, facility_id = '3171R001'): Row => ({
  facility_id,
  tgl_masuk: masuk,
  tgl_pulang: pulang,
  kode_inacbg: 'O-6-13-I',
  diagnosa: 'O80.0',
  procedure: '73.59',
});

// RT-ABUSE-61's shape: a delivery in January, another on the card in May at a hospital 120 km away
const first = add('card1', vaginal('2024-01-04', '2024-01-06'));
const second = add('card1', vaginal('2024-05-11', '2024-05-13', BANDUNG));
// a caesarean coded by its indication only (O64.1 with 74.1), four months after a birth
add('card2', vaginal('2024-02-10', '2024-02-12'));
const caesarean = add('card2', {
  facility_id: BANDUNG,
  tgl_masuk: '2024-06-08',
  tgl_pulang: '2024-06-11',
  kode_inacbg: 'O-6-10-I',
  diagnosa: 'O64.1',
  procedure: '74.1',
});

// near miss: twins, the second billed as its own claim of the same stay
add('twins', vaginal('2024-03-02', '2024-03-04'));
const twin = add('twins', { ...vaginal('2024-03-02', '2024-03-04'), diagnosa: 'O84.0', procedure: '73.59' });
// near miss: a birth, then a readmission for a puerperal infection and, months later, a miscarriage
add('mom3', vaginal('2024-01-20', '2024-01-22'));
const puerperal = add('mom3', { tgl_masuk: '2024-01-29', tgl_pulang: '2024-02-02', kode_inacbg: 'O-6-11-I', diagnosa: 'O86.0' });
const miscarriage = add('mom3', {
  tgl_masuk: '2024-05-15',
  tgl_pulang: '2024-05-16',
  kode_inacbg: 'O-6-12-I',
  diagnosa: 'O03.9',
  procedure: '69.02',
});
// near miss: a second child 20 months after the first
add('mom4', vaginal('2022-09-01', '2022-09-03'));
const sibling = add('mom4', vaginal('2024-05-01', '2024-05-03'));

describe('PARTICIPANT_ABUSE: deliveries too close on one card', () => {
  let run: DetectorRun;
  beforeAll(async () => {
    run = await runDetectors({ members, claims });
  });
  afterAll(async () => run?.close());

  it('names the later delivery, certain, with the first as related row', () => {
    const [hit] = run.hitsOf(second, 'deliveries_too_close_on_one_card');
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual([first]);
    expect(hit?.evidence_en).toContain('128 days after');
    expect(run.hitsOf(first, 'deliveries_too_close_on_one_card')).toEqual([]);
  });

  it('reads a caesarean from its procedure when the diagnosis is its indication', () => {
    expect(run.signalsOf(caesarean, 'PARTICIPANT_ABUSE')).toEqual(['deliveries_too_close_on_one_card']);
  });

  it('leaves twins, a post-partum readmission, a miscarriage and a sibling years later alone', () => {
    for (const sep of [twin, puerperal, miscarriage, sibling]) expect(run.signalsOf(sep, 'PARTICIPANT_ABUSE')).toEqual([]);
  });
});
