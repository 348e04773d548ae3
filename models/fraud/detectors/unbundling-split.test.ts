// UNBUNDLING: one stay split into two SEPs (red-team RT-UNBUND-31: premature rupture of the
// membranes "discharged", the caesarean admitted the next day) is flagged on both claims, each
// naming the other; a readmission days later, a transfer to another hospital and a stay that
// ended in death are no split. Hand-built rows through the batch's own fraud SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const MOTHER: Row = { sex: 'P', birth_date: '1995-06-30', jkn_segment: 'PBPU', care_class: 3 };

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, MOTHER));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const prom = (masuk: string, pulang: string, over: Row = {}): Row => ({
  tgl_masuk: masuk,
  tgl_pulang: pulang,
  kode_inacbg: 'O-6-14-I',
  diagnosa: 'O42.9',
  procedure: '75.34',
  ...over,
});
const caesarean = (masuk: string, over: Row = {}): Row => ({
  tgl_masuk: masuk,
  kode_inacbg: 'O-6-10-I',
  diagnosa: 'O82.9#O42.9',
  procedure: '74.1',
  kode_dpjp: 'D3171R001OBG',
  ...over,
});

// the split: rupture kept a day and "discharged", the caesarean the next day under a new SEP
const splitOff = add('sp1', prom('2024-05-01', '2024-05-02'));
const continued = add('sp1', caesarean('2024-05-03'));
// readmitted three days after discharge: not the same or the next day
const earlierStay = add('sp2', prom('2024-05-01', '2024-05-02'));
add('sp2', caesarean('2024-05-05'));
// referred on: the caesarean at another hospital the next day
const referred = add('sp3', prom('2024-05-01', '2024-05-02'));
add('sp3', caesarean('2024-05-03', { facility_id: String(FACILITIES['jakarta2']?.['facility_id']) }));
// the first stay ended in death: what follows is no split of it
const died = add('sp4', prom('2024-05-01', '2024-05-02', { discharge_status: 4 }));
add('sp4', caesarean('2024-05-02'));

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hitsOfType('UNBUNDLING', 'episode_continues_previous');
});

afterAll(async () => {
  await run?.close();
});

describe('UNBUNDLING: one stay split into two SEPs is flagged on both', () => {
  it('flags the split-off stay and its continuation, each naming the other', () => {
    const first = hits.find((h) => h.nomor_sep === splitOff);
    const second = hits.find((h) => h.nomor_sep === continued);
    expect(first?.related_sep).toEqual([continued]);
    expect(second?.related_sep).toEqual([splitOff]);
    expect(first?.strength).toBe(second?.strength);
    // the pair's overpayment counts once, on the continuation
    expect(first?.amount_at_risk).toBe(0);
    expect(second?.amount_at_risk).toBeGreaterThan(0);
    expect(first?.evidence_en).toBe(
      `Discharged 2024-05-02 and admitted again 1 day(s) later at the same facility under ${continued}: one stay billed as two`,
    );
  });

  it('leaves a readmission days later, a referral to another hospital and a stay ended by death alone', () => {
    const flagged = new Set(hits.map((h) => h.nomor_sep));
    for (const sep of [earlierStay, referred, died]) expect(flagged.has(sep), sep).toBe(false);
  });
});
