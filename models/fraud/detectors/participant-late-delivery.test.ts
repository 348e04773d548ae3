// PARTICIPANT_ABUSE by a mother-in-law's card (RT-ABUSE-121's mechanism): caesareans of young wives billed
// on the card of their husband's mother, 51 to 53, listed on the family card as a parent of its head, with
// no chronic care around them. Near misses: a caesarean at 44 and a vaginal delivery at 49 (the edge of
// reproductive age), a miscarriage and a post-partum readmission on a 52-year-old's card (no birth).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const HOSPITAL = String(FACILITIES['jakarta1']?.['facility_id']);

function add(card: string, over: Row): string {
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const caesarean = (card: string, day: string, dx = 'O82.0#O64.1'): string =>
  add(card, {
    facility_id: HOSPITAL,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 3),
    kode_inacbg: 'O-6-10-I',
    diagnosa: dx,
    procedure: '74.1',
  });

// three mothers-in-law aged 51, 52 and 53 at the admission, each on her son's family card
const lent: string[] = [];
for (const [i, card] of ['inlaw1', 'inlaw2', 'inlaw3'].entries()) {
  const day = addDays('2026-01-07', 27 * i);
  const family = `kk_${card}`;
  members.push(member(`son_${card}`, { sex: 'L', birth_date: `${1998 - i}-05-01`, family_key: family, hubungan_keluarga: 'KEPALA' }));
  members.push(member(card, { sex: 'P', birth_date: `${1974 - i}-06-01`, family_key: family, hubungan_keluarga: 'FAMILI_LAIN' }));
  lent.push(caesarean(card, day, i % 2 ? 'O82.9#O34.2' : 'O82.0#O64.1'));
}
// near misses: a caesarean at 44, a vaginal delivery at 49, a 52-year-old's miscarriage and her post-partum return
members.push(member('at44', { sex: 'P', birth_date: '1981-09-19' }), member('at49', { sex: 'P', birth_date: '1976-08-01' }));
const at44 = caesarean('at44', '2026-03-30', 'O82.0#O14.1');
const at49 = add('at49', {
  facility_id: HOSPITAL,
  tgl_masuk: '2026-02-10',
  kode_inacbg: 'O-6-13-I',
  diagnosa: 'O80.0',
  procedure: '73.59',
});
members.push(member('lost52', { sex: 'P', birth_date: '1973-11-01' }));
const miscarriage = add('lost52', {
  facility_id: HOSPITAL,
  tgl_masuk: '2026-02-02',
  kode_inacbg: 'O-6-14-I',
  diagnosa: 'O03.9',
  procedure: '69.02',
});
const puerperium = add('lost52', {
  facility_id: HOSPITAL,
  tgl_masuk: '2026-04-02',
  kode_inacbg: 'O-4-10-I',
  diagnosa: 'O86.0#Z37.0',
  procedure: null,
});

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'delivery_past_childbearing_age';

describe('PARTICIPANT_ABUSE: a delivery on the card of a woman past childbearing age', () => {
  it('names each caesarean, suspicious, with her age and her place on the family card', () => {
    for (const sep of lent) expect(run?.hitsOf(sep, SIGNAL)[0]?.strength, sep).toBe('suspicious');
    expect(run?.hitsOf(lent[1] ?? '', SIGNAL)[0]?.evidence_en).toBe(
      'Delivery (O82.9, 74.1) on the card of a woman of 52, on her family card a parent or in-law of its head; births to women aged 50 or more are about 3 in 10,000 births even where assisted reproduction is common',
    );
    expect(run?.hitsOf(lent[0] ?? '', SIGNAL)[0]?.amount_at_risk).toBeGreaterThan(0);
  });

  it('leaves mothers of 44 and 49, a miscarriage and a post-partum return at 52 alone', () => {
    for (const sep of [at44, at49, miscarriage, puerperium]) {
      expect(run?.signalsOf(sep, 'PARTICIPANT_ABUSE'), sep).not.toContain(SIGNAL);
    }
  });
});
