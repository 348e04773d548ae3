// INFLATED_BILL against the diagnosis whose treatment is a costly drug (red team RT-NM-APLASTIC-61):
// aplastic anaemia treated with ATG (drugs ten times the anaemia group's) is not judged against the
// group's iron deficiency; the same drug line on an iron-deficiency stay is; and where aplastic
// anaemia has peers of its own, a stay far above them is flagged still.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
let cards = 0;
/** An anaemia stay (D-4-13-III) of `diagnosa` with drugs of `drugs` rupiah, on a card of its own. */
function stay(diagnosa: string, drugs: number, cbg = 'D-4-13-III'): string {
  const card = `tx${++cards}`;
  members.push(member(card));
  const day = new Date(Date.UTC(2024, 0, 1 + (cards % 300))).toISOString().slice(0, 10);
  const c = claim(card, {
    kode_inacbg: cbg,
    diagnosa,
    tgl_masuk: day,
    tarif_obat: drugs + 1_000 * (cards % 7),
    tarif_kamar: 100_000 + 1_000 * cards,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

for (let i = 0; i < 24; i++) stay('D50.9', 100_000);
// ATG for aplastic anaemia: no aplastic-anaemia peers of its own
const atg = [stay('D61.9#D69.6', 1_000_000), stay('D61.9', 1_200_000)];
// the same drug line on an iron-deficiency stay
const ironInflated = stay('D50.9', 1_000_000);
// another group where aplastic anaemia has 21 peers of its own, at ATG cost; one stay ten times theirs
for (let i = 0; i < 21; i++) stay('D61.9', 1_000_000, 'D-4-13-II');
const aboveOwn = stay('D61.9', 10_000_000, 'D-4-13-II');

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members, claims }, LINE_OUTLIER_ALONE);
});
afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL for a diagnosis treated with a costly drug', () => {
  it('leaves ATG for aplastic anaemia alone against the anaemia group', () => {
    expect(atg.flatMap((sep) => run?.signalsOf(sep, 'INFLATED_BILL') ?? [])).toEqual([]);
  });

  it('flags the same drug line on an iron-deficiency stay', () => {
    expect(run?.signalsOf(ironInflated, 'INFLATED_BILL')).toContain('drug_device_outlier');
  });

  it("flags a stay far above its own diagnosis's peers", () => {
    expect(run?.hitsOf(aboveOwn, 'drug_device_outlier')[0]?.evidence_en).toContain('diagnosis D61');
  });
});
