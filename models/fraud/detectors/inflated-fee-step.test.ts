// INFLATED_BILL on the doctors' fee lines stepped up (red team RT-INFLATED-111): from February a
// hospital bills four specialists' visits on every simple stay, its specialist and consultation
// lines three times January's. Near misses: the same fees on a stay with a comorbidity, a hospital
// whose fees were that high all along, and a stay with no earlier month to compare.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const JAKARTA2 = String(FACILITIES['jakarta2']?.['facility_id']);
const TEAM = { tarif_tenaga_ahli: 350_000, tarif_konsultasi: 300_000 };
let cards = 0;
const stay = (masuk: string, over: Row = {}): string =>
  book.add(`fee${++cards}`, { kode_inacbg: 'I-4-12-I', diagnosa: 'I50.0', procedure: '89.52', tgl_masuk: masuk, ...over });

for (const d of ['2024-01-05', '2024-01-15', '2024-01-25']) stay(d);
const stepped = [stay('2024-02-06', TEAM), stay('2024-03-06', TEAM), stay('2024-04-06', TEAM)];
// near misses
const comorbid = stay('2024-02-16', { ...TEAM, diagnosa: 'I50.0#N18.5' });
for (const d of ['2024-01-06', '2024-01-16']) stay(d, { ...TEAM, facility_id: JAKARTA2 });
const alwaysHigh = stay('2024-02-07', { ...TEAM, facility_id: JAKARTA2 });
const noHistory = stay('2024-02-08', { ...TEAM, facility_id: JAKARTA2, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' });

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const signals = (sep: string): string[] => run().signalsOf(sep, 'INFLATED_BILL');

describe("INFLATED_BILL: specialist fees stepped up against the hospital's own earlier months", () => {
  it('flags every simple stay from the step on, naming the earlier month', () => {
    for (const sep of stepped) expect(signals(sep)).toContain('specialist_fees_stepped_up');
    expect(run().hitsOf(stepped[2] ?? '', 'specialist_fees_stepped_up')[0]?.evidence_en).toContain('2024-01');
  });

  it('leaves a comorbid stay, a hospital priced high all along and a stay without earlier months alone', () => {
    for (const sep of [comorbid, alwaysHigh, noHistory]) expect(signals(sep)).not.toContain('specialist_fees_stepped_up');
  });
});
