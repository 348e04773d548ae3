// PARTICIPANT_ABUSE by a mother's card lent to her daughter (RT-ABUSE-101's mechanism): an
// antenatal visit and a delivery on the cards of women of 51 to 53 who attend the same hospital's
// hypertension clinic around them, three cards at one hospital. Near misses: a 44-year-old's
// caesarean with pregnancy hypertension, and a 51-year-old's delivery with hypertension care at a
// hospital where she is the only one (a late mother, once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const LENDING = String(FACILITIES['jakarta1']?.['facility_id']);
const OTHER = String(FACILITIES['bandung']?.['facility_id']);

function add(card: string, over: Row): string {
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const control = (card: string, day: string, facility_id: string, dx = 'I10'): string =>
  add(card, { facility_id, jenis_rawat: 2, tgl_masuk: day, tgl_pulang: day, kode_inacbg: 'Q-5-44-0', diagnosa: dx, procedure: null });
const antenatal = (card: string, day: string, facility_id: string): string =>
  add(card, {
    facility_id,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'O-7-10-0',
    diagnosa: 'Z34.9',
    procedure: '88.78',
  });
const delivery = (card: string, day: string, facility_id: string, dx = 'O80.0', px = '73.59'): string =>
  add(card, { facility_id, tgl_masuk: day, tgl_pulang: addDays(day, 2), kode_inacbg: 'O-6-13-I', diagnosa: dx, procedure: px });

// three holders aged 51-53 at one hospital: hypertension control 50 days before and 30 after "their" delivery
const lent: string[] = [];
for (const [i, card] of ['old1', 'old2', 'old3'].entries()) {
  const day = addDays('2024-03-04', 14 * i);
  members.push(member(card, { sex: 'P', birth_date: `${1972 - i}-01-15` }));
  control(card, addDays(day, -50), LENDING);
  control(card, addDays(day, 30), LENDING);
  lent.push(antenatal(card, addDays(day, -24), LENDING), delivery(card, day, LENDING));
}
// near misses: a 44-year-old's caesarean for pre-eclampsia after a hypertension visit, at the same hospital
members.push(member('late44', { sex: 'P', birth_date: '1980-01-15' }));
control('late44', '2024-01-20', LENDING);
const at44 = delivery('late44', '2024-03-20', LENDING, 'O82.0#O14.1', '74.1');
// and a 51-year-old's delivery with her hypertension care, the only one at her hospital
members.push(member('late51', { sex: 'P', birth_date: '1973-01-15' }));
control('late51', '2024-02-01', OTHER);
const alone = delivery('late51', '2024-03-20', OTHER);

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'obstetric_care_on_older_chronic_card';

describe("PARTICIPANT_ABUSE: pregnancy care on older women's cards that carry their own chronic care", () => {
  it('names the antenatal visit and the delivery of each card, suspicious, with the chronic claims', () => {
    for (const sep of lent) {
      const [hit] = run?.hitsOf(sep, SIGNAL) ?? [];
      expect(hit?.strength, sep).toBe('suspicious');
      expect(hit?.related_sep, sep).toHaveLength(2);
    }
    expect(run?.hitsOf(lent[1] ?? '', SIGNAL)[0]?.evidence_en).toMatch(
      /^O80\.0 on the card of a woman of 52, whose card within 90 days is billed for her own I10 .*; 3 cards of women aged 50 or more/,
    );
  });

  it('leaves a 44-year-old mother and a lone 51-year-old mother alone', () => {
    for (const sep of [at44, alone]) expect(run?.signalsOf(sep, 'PARTICIPANT_ABUSE'), sep).not.toContain(SIGNAL);
    expect(run?.signalsOf(alone, 'PARTICIPANT_ABUSE')).toBeDefined();
  });
});
